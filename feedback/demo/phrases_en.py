"""English building blocks (expats and visitors calling a German service centre).

Same structure as ``phrases_de``; English needs only three forms: ``you``, ``x3`` and ``imp``.
Topics, negatives, phone notes and personal data live in ``phrases_en_more``.
"""

from __future__ import annotations

from feedback.demo.bank import Bank, Forms, pools, unnamed
from feedback.demo.phrases_en_more import (
    BILLING_MIXED,
    COMPLAINTS,
    MIXED,
    NEGATIVE_DETAILS,
    NEGATIVE_TAILS,
    PARAPHRASE,
    PII,
    TOPICS,
)
from feedback.demo.phrases_en_praise import PRAISE
from feedback.demo.templates import make_pool

TINY = [
    "Thanks!!",
    "Thank you so much!",
    "Great service!",
    "Cheers, {N}!",
    "You're a star[, {N}|]!",
    "Brilliant, thanks!",
    "Thx!",
    "Thanks a million[, {N}|]!",
    "Perfect, thank you!",
    "Super quick, thanks!",
    "All sorted, thanks!",
    "Top service!",
    "Thank you, {N}!",
    "Much appreciated!",
]

OPENINGS: dict[str, list[str]] = {
    "you": [
        "[Many|Huge|Big] thanks for [your help|all your help|sorting this out][, {N}|]!",
        "Thank you for [taking care of this|sticking with it|helping me out][, {N}|]!",
        "[So glad|Lucky me,|I was so lucky] it was you who helped me[, {N}|]!",
        "[Honestly|Really], {N}, you [made my day|were brilliant|were a huge help].",
        "Just [a quick|a short] note to say thank you[, {N}|]!",
        "Thank you [so much|ever so much|again], {N}!",
        "I just wanted to say thank you[, {N}|].",
        "Thanks a million, {N} – you [saved my day|are a star|made my week]!",
        "A [huge|big|heartfelt] thank you to you[, {N}|]!",
        "I can't thank you enough[, {N}|].",
        "{N}, you're [a lifesaver|amazing|brilliant]!",
    ],
    "x3": [
        "[Special|Extra] thanks to {X}!",
        "My thanks go [to {X}|straight to {X}].",
        "[Big|Huge] shout-out to {X}!",
        "I'd like to [especially|personally] praise {X}.",
        "Kudos to {X}!",
        "{X} deserves [a raise|a medal|all the praise]!",
    ],
    "imp": [
        "[What a relief|Such a relief|Phew]!",
        "[Hats off|Respect|Well done], [honestly|really]!",
        "[Amazing|Fantastic|Excellent] [service|support][, really|]!",
        "Wow, [what a service|I did not expect that]!",
        "I'm [impressed|genuinely surprised|so relieved]!",
        "Just a quick note: [great service|very happy|all good]!",
        "[Honestly|To be honest], I was expecting the worst.",
        "I never write reviews, but this time I have to.",
        "As a newcomer to Germany I was dreading this call.",
    ],
}

CLOSINGS: dict[str, list[str]] = {
    "you": [
        "[Thanks again|Thank you again] for [your patience|your time|everything]!",
        "You [deserve|have earned] [a raise|a big thank you|a bonus]!",
        "Hope I get you [next time|again] – [you're the best|thank you]!",
        "Keep up the [great|good] work!",
        "Have a [lovely|great] [day|weekend]!",
        "Thanks again!",
        "Please pass this on to your [manager|team lead]!",
    ],
    "x3": [
        "{X} is [a real asset|a gem] to your [team|company]!",
        "Please pass this praise on to {X}!",
    ],
    "imp": [
        "[Brilliant|Great|Excellent] [job|work|service], [thanks|thank you]!",
        "[Couldn't|Could not] have asked for [better|more]!",
        "Best [customer service|service] [I've had in years|I've had in Germany|ever]!",
        "[Five|5] stars[ from me|, easily|]!",
        "[Much|Really] appreciated[, thanks|]!",
        "[Happy|Very happy|Delighted] [customer here|with the service]!",
        "[Highly|Definitely] recommended!",
        "Thumbs up!",
        "Very happy customer!",
        "10 out of 10!",
        "This is how customer service should be.",
    ],
}

EXTRAS = [
    "[Honestly|To be fair], I was [sceptical|annoyed] at first[ – now I'm a fan|].",
    "That's [the kind of|exactly the] service [everyone should get|I wish every company had].",
    "[I'll|I will] [tell|be telling] [my friends|my colleagues|everyone] about this.",
    "[As an expat|Being new in Germany], [that meant a lot|this made all the difference].",
    "I've been a customer for [over ten|five] years and this was the best service yet.",
    "I'll definitely recommend you to my friends.",
    "That really saved my day.",
    "Dealing with German paperwork is hard enough – this made it easy.",
    "Speaking English made it so much easier for me.",
]

CHURN_SAVED = [
    "I was about to cancel – now I'm staying.",
    "I had the cancellation letter ready, but [I'm staying now|not anymore].",
]

# Each a sentence of its own: the next piece starts with a capital ("Honestly, It all works").
SPOKEN = ["You know what?", "Honestly?", "Oh, I'm so relieved."]

REVIEW_HEADS = ["[Five|5] stars!", "Excellent customer service!", "Very happy!"]

SEASONAL = {
    "christmas": [
        "Merry Christmas to the whole team!",
        "Happy holidays[ and a happy new year|]!",
        "Frohe Weihnachten, as you say here!",
    ],
    "newyear": ["Happy New Year!", "All the best for the new year!"],
    "easter": ["Happy Easter!"],
}

_PERSONAL = ["Dear {N},", "Hi {N},", "Hello {N},"]
SALUTATIONS = {
    "f_formal": _PERSONAL,
    "f_informal": _PERSONAL,
    "m_formal": _PERSONAL,
    "m_informal": _PERSONAL,
    "x": _PERSONAL,
    "team_formal": ["Dear Sir or Madam,", "Dear customer service team,", "Hello,"],
    "team_informal": ["Hi all,", "Hi team,", "Hello everyone,"],
}

SIGNOFFS = ["Best regards", "Kind regards", "Many thanks", "Cheers", "Best wishes"]

ANONYMOUS_SIGNOFFS = ["Best regards", "A very happy customer", "Kind regards", "Cheers"]

HASHTAGS = ("#customerservice", "#thankyou", "#happycustomer")


def _build() -> Bank:
    """Assemble the English bank (called once at import)."""
    openings = pools("en.open", OPENINGS)
    return Bank(
        language="en",
        forms=Forms(
            agent_formal="you", agent_informal="you", team_formal="you", team_informal="you"
        ),
        honorifics={"f": "Ms", "m": "Mr"},
        team_vocatives=("team", "everyone"),
        team_vocatives_informal=("guys", "team", "all"),
        team_thirds=("the team", "the whole team", "your service team"),
        tiny=make_pool("en.tiny", TINY),
        openings=openings,
        openings_unnamed=unnamed(openings),
        praise={theme: pools(f"en.praise.{theme}", forms) for theme, forms in PRAISE.items()},
        closings=pools("en.close", CLOSINGS),
        extras=make_pool("en.extras", EXTRAS),
        churn_saved=make_pool("en.churn", CHURN_SAVED),
        spoken=make_pool("en.spoken", SPOKEN),
        review_heads=make_pool("en.review", REVIEW_HEADS),
        hashtags=HASHTAGS,
        dialect_openings=None,
        dialect_closings=None,
        seasonal=pools("en.season", SEASONAL),
        salutations=pools("en.salute", SALUTATIONS),
        signoffs=make_pool("en.signoff", SIGNOFFS),
        anonymous_signoffs=make_pool("en.signoff.anon", ANONYMOUS_SIGNOFFS),
        mixed=make_pool("en.mixed", MIXED),
        billing_mixed=make_pool("en.mixed.billing", BILLING_MIXED),
        complaints=make_pool("en.complaints", COMPLAINTS),
        negative_tails=make_pool("en.negative.tails", NEGATIVE_TAILS),
        negative_details=make_pool("en.negative.details", NEGATIVE_DETAILS),
        paraphrase=PARAPHRASE,
        pii=pools("en.pii", PII),
        topics=TOPICS,
    )


BANK_EN = _build()
