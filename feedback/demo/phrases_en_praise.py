"""English praise sentences: for each of the ten themes, one list per form.

Themes are those of ``feedback.analyze.types.THEMES``; the sentences use the words the theme
analyser looks for ("quick", "friendly", "patient", "explained"), in many phrasings. Forms and
template syntax are explained in ``bank`` and ``templates``.
"""

from __future__ import annotations

PRAISE: dict[str, dict[str, list[str]]] = {
    "speed": {
        "you": [
            "You helped me [{with} |]so [quickly|fast][, I couldn't believe it|]!",
            "You sorted it [within ten minutes|in a single call|the same day].",
        ],
        "x3": [
            "{X} sorted [everything|my issue] out [in no time|the same day|within minutes].",
        ],
        "imp": [
            "That was [super|incredibly|really] quick!",
            "No waiting, [straight through|an answer right away] – [that's how it should "
            "be|brilliant].",
            "[Within ten minutes|In less than a quarter of an hour] [it was all done|the problem "
            "was solved].",
        ],
    },
    "friendliness": {
        "you": [
            "You were [so|incredibly|really] [kind|friendly|lovely][, it really made my day|].",
            "Your [friendly|cheerful] manner [made my day|really helped].",
        ],
        "x3": [
            "{X} was [incredibly|super|really] [friendly|kind|lovely][ the whole time|].",
            "{X} was so [kind|warm] that I [almost forgot why I was annoyed|calmed down at once].",
        ],
        "imp": [
            "[Always|So] [friendly|polite|cheerful], even [when I was grumpy|though I was "
            "stressed].",
            "[Such|What] a [friendly|lovely] [conversation|contact]!",
            "I felt [really|genuinely] welcome.",
        ],
    },
    "competence": {
        "you": [
            "You knew [straight away|immediately] [what was wrong|what to do].",
            "You really know your stuff[ – respect|].",
        ],
        "x3": [
            "{X} knew [straight away|immediately] [what the problem was|what to do].",
            "{X} [really|clearly] knows [their|the] stuff.",
        ],
        "imp": [
            "[Spot on|Exactly right] – [first time|straight away][, no back and forth|].",
            "[Very|Extremely] competent advice[, thank you|]!",
            "Finally someone who actually knows what they're talking about.",
        ],
    },
    "patience": {
        "you": [
            "You were so patient with me[, even though I asked [three times|again and again]|].",
            "Thank you for taking so much time for me.",
        ],
        "x3": [
            "{X} had the patience of a saint[ – I'm hopeless with technology|].",
            "{X} took [all the time I needed|so much time] and never rushed me.",
        ],
        "imp": [
            "Everything was explained [patiently|step by step|slowly and calmly].",
            "Nobody rushed me, even though [my German is not great|the call took ages].",
        ],
    },
    "empathy": {
        "you": [
            "You understood [straight away|immediately] how [stressful|urgent] this was for me.",
            "Thank you for listening[ when I was completely overwhelmed|].",
        ],
        "x3": [
            "{X} [really listened|took me seriously|put themselves in my shoes][ when I was at "
            "my wits' end|].",
            "{X} noticed how stressed I was and [calmed me down|took it slowly].",
        ],
        "imp": [
            "[It was good|It felt good] to be [heard|understood] for once.",
            "I felt [understood|taken seriously|in good hands].",
            "Finally someone who actually listened.",
        ],
    },
    "problem_solved": {
        "you": [
            "You [finally|actually] fixed it[ – after weeks|]!",
            "Thanks to you [everything works again|it's all sorted].",
        ],
        "x3": [
            "{X} [fixed|solved|sorted] [the problem|my issue] [{with} |][first time|for good].",
        ],
        "imp": [
            "One call and [it was sorted|everything was fixed|done]!",
            "[Problem|Everything] solved[ on the first call|]!",
            "[Everything|It all] works again now.",
        ],
    },
    "extra_mile": {
        "you": [
            "You even [called me back|followed up|checked with the warehouse] – you didn't "
            "have to.",
        ],
        "x3": [
            "{X} [even|personally] [called back|followed up|chased the technician] to make sure "
            "everything was fine.",
            "{X} went [way|far] beyond what I expected.",
        ],
        "imp": [
            "That was [way|far] more than just doing the job.",
            "[There was even|I even got] [a goodwill credit|a callback] – [I didn't expect "
            "that|amazing].",
        ],
    },
    "clear_communication": {
        "you": [
            "Thanks to you I [finally|now] understand [what happened|what to do next|my contract].",
            "You explained [everything|{sache}|each step] [so clearly|in plain English|so "
            "calmly][ – in English, too|].",
        ],
        "x3": [
            "{X} explained [everything|{sache}] [clearly|in plain English|without jargon].",
        ],
        "imp": [
            "Clear [answers|information], no jargon – [great|thank you]!",
            "For once I actually understand [my bill|what happens next].",
        ],
    },
    "reachability": {
        "you": [
            "Thank you for being available [on a Saturday|so late|right away].",
        ],
        "x3": [
            "{X} picked up [straight away|on the first try][ – no queue|].",
        ],
        "imp": [
            "[No|Hardly any] waiting time, [straight through|an answer in the chat right away].",
            "Being able to reach someone [on a Sunday|at eight in the evening] is "
            "[great|brilliant].",
        ],
    },
    "reliability": {
        "you": [
            "You called back [exactly as promised|on time|the next day][ – thank you|]!",
            "You stuck with it until [everything|the issue] was sorted.",
        ],
        "x3": [
            "{X} called back [as promised|on the dot|the next day] to check everything was "
            "working.",
        ],
        "imp": [
            "[Every|Each] promise was kept[, to the minute|].",
            "The promised callback [actually came|came on time] – [respect|rare these days].",
        ],
    },
}
