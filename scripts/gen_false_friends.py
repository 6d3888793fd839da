#!/usr/bin/env python3
"""Generates rules/false-friends-<lang>.toml: false friends and calques that literal machine
translation (and translators working too close to the source) leave in English text.

    python3 scripts/gen_false_friends.py [DATA_DIR] [--check]

DATA_DIR defaults to ../shared/data (relative to the repository root) and must hold
false_friends.tsv: LanguageTool's false-friend pairs (see SOURCES.md there, section 3).
--check writes nothing and exits 1 if a committed pack differs from what would be generated.

Where each part of a pack comes from:

* Section 1, "from LanguageTool": a rule is generated for a language when LanguageTool's list
  has the pair for that language (e.g. de `actual` for German “aktuell”). The row decides that
  the rule exists, which language word its message names and which rule group it cites. A row
  alone is one English word with no context, which in almost every case is also correct
  English, so each pair is paired here with a context guard (FF below) written for mtlint:
  the phrases, `when`/`unless` conditions, replacements and examples. Rows for which no guard
  could be made precise are left out; every pack lists them, with the reason, in a comment.
* Section 2, "hand-written": calques and false friends not in LanguageTool's list (or not for
  that language), written for mtlint (CALQUES and the extra languages of FF entries). They
  live here as data because most are shared by several source languages.
* Section 3, "local additions": anything below the marker line in a pack is kept verbatim
  when the script runs, for rules added by hand in the TOML file itself.

Every rule has `flag` examples (with `fixed` when it has a replacement) and `pass` examples of
the same English word used correctly. Check a pack with
`mtlint rules test rules/false-friends-de.toml`.
"""
import argparse
import csv
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LANGS = ["de", "es", "fr", "it", "nl", "pl", "pt", "ru"]
NAMES = {
    "de": "German", "es": "Spanish", "fr": "French", "it": "Italian", "nl": "Dutch",
    "pl": "Polish", "pt": "Portuguese", "ru": "Russian", "gl": "Galician", "ca": "Catalan",
    "ja": "Japanese", "sv": "Swedish",
}
LOCAL_MARKER = "# ==== local additions: everything below this line is kept as is by scripts/gen_false_friends.py ===="
LT_SOURCE = (
    "LanguageTool false-friends.xml (Daniel Naber and the LanguageTool contributors; copy used: "
    "Flipkart/languagetool f049d8e, languagetool-core/src/main/resources/org/languagetool/rules/"
    "false-friends.xml, blob ac00fd6), via ../shared/data/false_friends.tsv; context guards, "
    "messages, examples and the calques written for mtlint"
)
LICENSE = "LGPL-2.1-or-later"

# Regex building blocks (Rust `regex` syntax; no look-around).
# End of a noun phrase: punctuation, or a word that cannot continue the noun phrase.
NP_END = (r"(?:[.,;:!?)\"]|$|(?:and|or|but|in|at|on|for|to|from|with|by|of|is|are|was|were|has|have|"
          r"had|will|would|can|could|should|must|which|that|who|where|when|because|as|after|before|"
          r"since|until|yesterday|today|tomorrow|last|this|next|every|again|too|now|then|so)\b)")
SENT_START = r"(?:^|[.!?:;\"]|\n)"
NUMS = r"(?:\d+|a few|few|several|many|some|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a couple of)"


def rx_words(*words):
    return "(?:" + "|".join(words) + ")"


# ------------------------------------------------------------------------------ rule data
#
# One entry per rule pattern. Keys:
#   key      rule id after `ff-<lang>-`
#   lt       the `wrong_en` values of LanguageTool rows this rule covers (may be empty)
#   langs    {lang: source word(s) named in the message}; a language whose LanguageTool rows
#            include one of `lt` gets the rule in section 1, the others in section 2
#   message  with {lang} (English name of the language) and {src} (the source word)
#   the rest is the rule as in the TOML format (phrases/regex, replacements, when, unless,
#   confidence, fix, description, flag [(text, fixed)], pass); `over` = {lang: {key: value}}
#   overrides keys for one language.

FF = []
CALQUES = []


def ff(**kw):
    FF.append(kw)


def calque(**kw):
    kw.setdefault("lt", ())
    CALQUES.append(kw)


# ==================================================================================== FF: false
# friends. `lt` names LanguageTool's English words; `langs` all the source languages that get
# the rule. Entries are grouped: the pairs common to many languages first, then by language.

ALL8 = ("de", "es", "fr", "it", "nl", "pl", "pt", "ru")

ff(key="actual-current", lt=("actual",),
   langs={"de": "aktuell", "es": "actual", "pl": "aktualny", "nl": "actueel", "fr": "actuel",
          "it": "attuale", "pt": "atual", "ru": "актуальный"},
   message="{lang} “{src}” means “current, present”; English “actual” means “real, true”, which does not fit here.",
   description="Flagged only where “current” is the sense: before office holders and periods (“the actual government”, “our actual coach”, “the actual school year”), in “in/under/given the actual situation”, “at the actual moment”, and “the actual situation” with a time word nearby. “the actual cost”, “actual events”, “at the actual time of the crash” pass.",
   phrases=["actual"], replacements=["current", "present"], confidence=0.75,
   when=[
       {"before_regex": r"(?i)\b(?:the|our|their|its|his|her|your|my)",
        "after_regex": r"(?i)(?:government|coalition|cabinet|chancellor|president|prime minister|premier|mayor|director|CEO|chairman|chairwoman|minister|rector|headmaster|head coach|coach|world champion|champion|title ?holder|record ?holder|edition|legislature|legislative (?:period|term)|(?:school|academic|tax|financial|fiscal) year|semester|pandemic)\b"},
       {"before_regex": r"(?i)\b(?:in|given|under|because of|due to|in view of) the",
        "after_regex": r"(?i)(?:situation|circumstances)\b"},
       {"before_regex": r"(?i)\bat the",
        "after_regex": r"(?i)(?:moment|point in time|stage)\s*(?:[,.;:!?)]|$|(?:we|I|there|it|the|this|our|they|he|she|you|is|are|was|were|no|nothing|everything)\b)"},
       {"after_regex": r"(?i)(?:situation|state of affairs)\b[^.!?]{0,60}\b(?:at the moment|currently|right now|at present|these days|nowadays)\b"},
       {"before_regex": r"(?i)\bthe", "after_regex": r"(?i)situation (?:is|remains) (?:very |extremely |quite |rather |really |so |still )?(?:difficult|serious|critical|tense|bad|dramatic|worrying|complicated|stable|calm|unclear|precarious|alarming)\b"},
   ],
   flag=[("The actual government has promised lower taxes.", "The current government has promised lower taxes."),
         ("Our actual coach joined the club in May.", "Our current coach joined the club in May."),
         ("In the actual situation we cannot hire anyone.", "In the current situation we cannot hire anyone."),
         ("At the actual moment, there are no free rooms.", "At the current moment, there are no free rooms."),
         ("The actual situation on the market is difficult at the moment.", "The current situation on the market is difficult at the moment.")],
   **{"pass": ["The actual cost was much higher than the estimate.", "He was the actual author of the speech.",
               "At the actual time of the crash, the pilot was asleep.", "The film is based on actual events.",
               "The actual situation on the ground differs from the official account."]})

ff(key="actual-relevant", lt=(),
   langs={"de": "aktuell", "es": "actual", "fr": "actuel", "it": "attuale", "pt": "atual",
          "ru": "актуальный", "pl": "aktualny", "nl": "actueel"},
   message="{lang} “{src}” here means “relevant, topical”; English “actual” means “real” and is not said of a topic or question (“very actual”, “remains actual”).",
   phrases=["actual"], replacements=["relevant", "topical"], confidence=0.75,
   when=[
       {"before_regex": r"(?i)\b(?:very|highly|extremely|particularly|especially|increasingly|so|too|still|quite|more and more)"},
       {"before_regex": r"(?i)\b(?:is|are|was|were|remains|remain|remained|became|becomes|become|be|been|being)",
        "after_regex": r"(?:[.,;:!?]|(?i:today|now|nowadays|again|for|at present|to this day|as ever|in our)\b)"},
   ],
   flag=[("This problem is very actual in our country.", "This problem is very relevant in our country."),
         ("The question remains actual today.", "The question remains relevant today."),
         ("The topic is actual.", "The topic is relevant.")],
   **{"pass": ["The actual numbers are higher.", "Is this the actual price?", "The costs are actual costs, not estimates.",
               "What was the actual reason?"]})

ff(key="actually-currently", lt=("actually",),
   langs={"de": "aktuell", "es": "actualmente", "pl": "aktualnie", "nl": "actueel", "fr": "actuellement",
          "it": "attualmente", "pt": "atualmente"},
   message="{lang} “{src}” means “currently, at present”; English “actually” means “in fact”.",
   description="Flagged only in the present tense before an ongoing state (“is actually being renovated”, “is actually under construction”, “on display”, “sold out”) and in “the actually valid …”. Questions and the past tense pass: “Is it actually being built?”, “it was actually in progress”.",
   phrases=["actually"], replacements=["currently", "at present"], confidence=0.6,
   when=[
       {"before_regex": r"(?i)(?:\b(?:is|are|am)|'s|'re)",
        "after_regex": r"(?i)being (?:built|renovated|repaired|rebuilt|restored|modernised|modernized|developed|tested|prepared|reviewed|revised|updated|negotiated|constructed|expanded|extended|implemented|installed|refurbished)\b"},
       {"before_regex": r"(?i)(?:\b(?:is|are|am)|'s|'re)",
        "after_regex": r"(?i)(?:under (?:construction|renovation|repair|reconstruction|negotiation)|in (?:preparation|development|negotiation)|on (?:display|show|tour|strike)|out of stock|sold out|closed for (?:renovation|repairs|refurbishment|the season))\b"},
       {"before_regex": r"(?i)\b(?:the|our|its|their)",
        "after_regex": r"(?i)(?:valid|applicable|ongoing|running|offered|active|installed)\s+\w"},
   ],
   unless={"after_regex": r"[^.!?]*\?"},
   flag=[("The bridge is actually being renovated, so traffic is diverted.", "The bridge is currently being renovated, so traffic is diverted."),
         ("The new model is actually in development.", "The new model is currently in development."),
         ("Please check the actually valid price list.", "Please check the currently valid price list.")],
   **{"pass": ["He actually enjoyed the film.", "Is the bridge actually being renovated?",
               "The house was actually being used as a warehouse.", "It was actually in progress when we arrived.",
               "The price is actually lower than last year."]})

ff(key="actualize-update", lt=("actualize", "actualise", "actualized", "actualised"),
   langs={"de": "aktualisieren", "pl": "aktualizować", "fr": "actualiser", "es": "actualizar",
          "it": "attualizzare", "pt": "atualizar", "nl": "actualiseren", "ru": "актуализировать"},
   message="{lang} “{src}” means “update”; English “actualize” means “make real” (actualize one's potential).",
   phrases=["{actualize}", "{actualise}"], replacements=["{update}"], confidence=0.9, fix="safe",
   when=[
       {"after_regex": r"(?i)(?:the |your |my |our |their |its |his |her |this |all )?(?:data|software|website|web page|page|list|database|app|system|information|file|files|version|address|profile|status|map|catalogue|catalog|prices|figures|driver|drivers|firmware|browser|calendar|records|statistics|forecast|edition|guide|timetable|schedule|price list|price lists)\b"},
       {"before_regex": r"(?i)\b(?:the|an|our|this|a|its|their)",
        "after_regex": r"(?i)(?:version|edition|list|data|figures|website|map|guide|forecast|timetable|statistics|information)\b"},
   ],
   flag=[("Please actualize the software before the meeting.", "Please update the software before the meeting."),
         ("We have actualized our price list.", "We have updated our price list."),
         ("An actualised version of the guide is online.", "An updated version of the guide is online.")],
   **{"pass": ["She finally actualized her potential as a painter.", "Therapy helped him actualize himself."]})

ff(key="actuality-relevance", lt=("actuality",),
   langs={"pl": "aktualność", "ru": "актуальность", "de": "Aktualität", "fr": "actualité", "es": "actualidad",
          "it": "attualità", "pt": "atualidade", "nl": "actualiteit"},
   message="{lang} “{src}” means “relevance, topicality”; English “actuality” means “reality” (“in actuality”).",
   phrases=["actuality"], replacements=["relevance", "topicality"], confidence=0.85,
   when=[
       {"after_regex": r"(?i)of (?:the |this |these |our |such |its |their )?(?:\w+ )?(?:topic|topics|problem|problems|issue|issues|subject|question|research|study|theme|work|thesis|dissertation|paper|article|project|book)\b"},
       {"before_regex": r"(?i)\b(?:great|high|particular|special|lasting|special|growing|current)"},
   ],
   flag=[("The actuality of the research topic is beyond doubt.", "The relevance of the research topic is beyond doubt."),
         ("The book has lost none of its great actuality.", "The book has lost none of its great relevance.")],
   **{"pass": ["In actuality, the plan was never approved.", "The actuality of war is far from the films."]})

ff(key="eventually-possibly", lt=("eventually",),
   langs={"de": "eventuell", "es": "eventualmente", "pl": "ewentualnie", "fr": "éventuellement",
          "it": "eventualmente", "pt": "eventualmente", "nl": "eventueel"},
   message="{lang} “{src}” means “possibly, if need be”; English “eventually” means “in the end, after a long time”.",
   description="Flagged only where “in the end” cannot be meant: in requests (“Could you eventually send …?”), before “also” after a modal, with a near date (“might eventually … next week”), in front of an attributive participle (“for eventually arising costs”) and in “if you eventually have questions”. “The talks eventually collapsed” and “We could eventually run out of money” pass.",
   phrases=["eventually"], replacements=["possibly", "perhaps"], confidence=0.7,
   when=[
       {"before_regex": r"(?i)\b(?:could|can|would) you"},
       {"before_regex": r"(?i)\b(?:could|might|may|would|can|will|should)", "after_regex": r"(?i)also\b"},
       {"before_regex": r"(?i)\b(?:could|might|may|would|can|should)",
        "after_regex": r"(?i)(?:\S+\s+){0,5}(?:tomorrow|tonight|next (?:week|month|Monday|Tuesday|Wednesday|Thursday|Friday|weekend)|this (?:afternoon|evening|week|weekend)|later today|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b"},
       {"before_regex": r"(?i)\b(?:any|all|for|of|with|about|against)",
        "after_regex": r"(?i)(?:arising|occurring|incurred|incurring|resulting|necessary|required|needed|remaining|outstanding|interested|affected|missing|additional|upcoming|pending)\s+\w+"},
       {"before_regex": r"(?i)\b(?:if|should|when|in case) (?:you|we|they)",
        "after_regex": r"(?i)(?:have|need|require) (?:any |further |additional |more |other )?(?:questions|problems|queries|comments|remarks|objections|wishes|changes)\b"},
   ],
   flag=[("Could you eventually send me the file by Friday?", "Could you possibly send me the file by Friday?"),
         ("We could eventually also meet on Monday.", "We could possibly also meet on Monday."),
         ("We might eventually postpone the meeting to next week.", "We might possibly postpone the meeting to next week."),
         ("The tenant pays for eventually arising costs.", "The tenant pays for possibly arising costs."),
         ("If you eventually have questions, call me.", "If you possibly have questions, call me.")],
   **{"pass": ["The talks eventually collapsed.", "We could eventually run out of money.",
               "The company will eventually open a branch in Berlin.", "He eventually became president.",
               "Costs eventually arising from the deal were covered by the buyer."]})

ff(key="sensible-sensitive", lt=("sensible",),
   langs={"de": "sensibel", "es": "sensible", "fr": "sensible", "it": "sensibile", "pt": "sensível", "nl": "sensibel"},
   message="{lang} “{src}” means “sensitive”; English “sensible” means “reasonable, practical”.",
   phrases=["sensible"], replacements=["sensitive"], confidence=0.85,
   when=[
       {"after_regex": r"(?i)(?:personal |private |medical |financial |customer |company |health )?(?:data|information|documents|files|skin|teeth|gums|stomach|nerves)\b"},
       {"after_regex": r"(?i)to (?:light|heat|cold|noise|pain|touch|criticism|temperature|changes|moisture|pressure|sunlight|smells?|the cold|the heat|the sun)\b"},
       {"before_regex": r"(?i)\b(?:subject|topic|issue|matter|area|situation)s?\s+(?:is|are|was|were|remains|remain)\s+(?:very |highly |extremely |particularly |politically |rather |quite )?"},
   ],
   flag=[("Sensible data must be encrypted.", "Sensitive data must be encrypted."),
         ("The subject is very sensible, so be careful.", "The subject is very sensitive, so be careful."),
         ("This cream is for sensible skin.", "This cream is for sensitive skin."),
         ("My teeth are very sensible to cold.", "My teeth are very sensitive to cold.")],
   **{"pass": ["That was a sensible decision.", "Wear sensible shoes for the hike.", "It is a sensible question.",
               "She gave sensible advice to the staff."]})

ff(key="sympathetic-nice", lt=("sympathetic",),
   langs={"de": "sympathisch", "pl": "sympatyczny", "fr": "sympathique", "es": "simpático", "it": "simpatico",
          "pt": "simpático", "nl": "sympathiek", "ru": "симпатичный"},
   message="{lang} “{src}” means “nice, likeable”; English “sympathetic” means “showing compassion or support”.",
   description="Flagged before places (“a sympathetic little hotel”), next to looks (“sympathetic and handsome”) and in “I find him (very) sympathetic.”; “sympathetic to/towards …” and “a sympathetic listener/smile” pass.",
   phrases=["sympathetic"], replacements=["nice", "likeable", "pleasant"], confidence=0.65,
   when=[
       {"after_regex": r"(?i)(?:little |small |old |new )?(?:hotel|restaurant|town|city|village|place|bar|café|cafe|pub|shop|campsite|guesthouse|beach|neighbourhood|neighborhood)\b"},
       {"after_regex": r"(?i)and (?:very |really |quite )?(?:pretty|handsome|good-looking|cute|attractive|beautiful|funny)\b"},
       {"before_regex": r"(?i)\b(?:find|finds|found|finding) (?:him|her|them|you|the \w+) (?:very |really |quite |so |extremely )?",
        "after_regex": r"(?:[.,;!?]|(?i:and|but)\b)"},
   ],
   unless={"after_regex": r"(?i)(?:to|towards|toward|with|about)\b"},
   flag=[("We stayed in a sympathetic little hotel near the beach.", "We stayed in a nice little hotel near the beach."),
         ("Her brother is sympathetic and funny.", "Her brother is nice and funny."),
         ("I find him very sympathetic.", "I find him very nice.")],
   **{"pass": ["The judge was sympathetic to her case.", "He gave a sympathetic smile.",
               "Voters are sympathetic towards the strikers.", "She is a sympathetic listener.",
               "The extension is sympathetic to the old village."]})

FOOD_WORDS = r"(?:food|foods|woods?|timbers?|substances?|cosmetics?|drinks?|juice|wine|sodium|benzoate|sorbate|parabens?|additives?|meat|bread|jam|shelf life|E ?\d{3}|chemicals?|natural|artificial|paint)"
ff(key="preservative-condom", lt=("preservative",),
   langs={"de": "Präservativ", "es": "preservativo", "pl": "prezerwatywa", "fr": "préservatif",
          "it": "preservativo", "pt": "preservativo", "ru": "презерватив"},
   message="{lang} “{src}” means “condom”; an English “preservative” keeps food or wood from decaying.",
   phrases=["<preservative>"], replacements=["<condom>"], confidence=0.8,
   when=[
       {"before_regex": r"(?i)\b(?:wear|wears|wore|worn|wearing|put on|puts on|putting on)\s+(?:a\s+)?"},
       {"document": ["sex", "sexual", "sexually", "contraception", "contraceptive", "contraceptives", "HIV", "AIDS",
                     "pregnancy", "intercourse", "STD", "STI", "STIs"]},
   ],
   unless={"before_regex": r"(?i)\b" + FOOD_WORDS + r"\b[^.!?]{0,80}", "after_regex": r"(?i)(?:-free\b|[^.!?]{0,80}\b" + FOOD_WORDS + r"\b)"},
   flag=[("Always use a preservative to protect yourself against HIV.", "Always use a condom to protect yourself against HIV."),
         ("He refused to wear a preservative.", "He refused to wear a condom.")],
   **{"pass": ["The jam contains no preservative.", "Sodium benzoate is a common preservative in soft drinks.",
               "Treat the timber with a wood preservative.", "Salt is a natural preservative for meat."]})

ff(key="gymnasium-school", lt=("gymnasium",),
   langs={"de": "Gymnasium", "pl": "gimnazjum", "nl": "gymnasium", "ru": "гимназия"},
   message="{lang} “{src}” is a secondary school; an English “gymnasium” is a sports hall.",
   description="Matches lower-case “gymnasium” only where a school is meant (attended/graduated from/taught at the gymnasium, gymnasium teacher/pupil/diploma). “Gymnasium” in a school's proper name (“the Goethe Gymnasium”) is not flagged.",
   phrases=["gymnasium"], case_sensitive=True, replacements=["secondary school", "grammar school", "high school"],
   confidence=0.7,
   when=[
       {"before_regex": r"(?i)\b(?:attend|attends|attended|attending|graduated from|graduate from|graduates from|graduating from|finished|left|enrolled (?:at|in)|studied at|study at|studies at|studying at|taught at|teaches at|teaching at|teacher at|pupil at|student at|pupils at|students at)\s+(?:a|the|his|her|their|our|my|a local|the local)?"},
       {"after_regex": r"(?i)(?:teachers?|pupils?|graduates?|diploma|leaving (?:exam|examination|certificate)|final exams?|Abitur|Matura)\b"},
   ],
   over={"pl": {"replacements": ["lower secondary school", "middle school"],
                "flag": [("She attended the gymnasium in Kraków.", "She attended the lower secondary school in Kraków."),
                         ("He is a gymnasium teacher in Gdańsk.", "He is a lower secondary school teacher in Gdańsk.")]}},
   flag=[("She attended the gymnasium in Munich.", "She attended the secondary school in Munich."),
         ("He is a gymnasium teacher in Bonn.", "He is a secondary school teacher in Bonn.")],
   **{"pass": ["The ceremony was held in the school gymnasium.", "He went to the gymnasium to lift weights.",
               "She attended the Goethe Gymnasium in Frankfurt."]})

ff(key="chef-chief", lt=("chef",),
   langs={"de": "Chef", "pl": "szef", "fr": "chef", "nl": "chef", "ru": "шеф", "pt": "chefe"},
   message="{lang} “{src}” means “head, chief”; an English “chef” is a cook.",
   phrases=["chef"], replacements=["chief"], confidence=0.85,
   when=[{"after_regex": r"(?i)(?:editor|editors|physician|doctor|economist|negotiator|prosecutor|inspector|executive|engineer|strategist|ideologist|ideologue|diplomat|investigator|of staff|of police|of the general staff|of (?:the )?(?:company|department|firm|office|party|delegation|division|unit|agency|administration|ministry|government|bank|clinic|intelligence service|security service|presidential administration))\b"}],
   flag=[("The chef editor resigned on Monday.", "The chief editor resigned on Monday."),
         ("He was appointed chef of staff.", "He was appointed chief of staff."),
         ("The chef of the delegation refused to comment.", "The chief of the delegation refused to comment.")],
   **{"pass": ["The chef prepared a five-course dinner.", "A chef of the restaurant won a prize.",
               "The chef's knife was sharp."]})

ff(key="chef-boss", lt=("chef",),
   langs={"de": "Chef", "pl": "szef", "fr": "chef", "nl": "chef", "pt": "chefe"},
   message="{lang} “{src}” means “boss”; an English “chef” is a cook.",
   phrases=["chef"], replacements=["boss"], confidence=0.7,
   when=[{"before_regex": r"(?i)\b(?:my|our|your|his|her|their)\s*(?:new\s+|old\s+|former\s+)?",
          "after_regex": r"(?i)(?:said|says|told|tells|asked|asks|wants|wanted|called|calls|fired|fires|hired|hires|gave|gives|promoted|criticized|criticised|praised|is (?:angry|away|on holiday|on vacation|in a meeting)|was (?:angry|away|furious)|at work|at the office|doesn't|didn't|won't|will not|lets|allowed)\b"}],
   unless={"document": ["kitchen", "restaurant", "restaurants", "cook", "cooks", "cooking", "menu", "dish", "dishes",
                        "recipe", "recipes", "cuisine", "Michelin", "culinary", "food", "meal", "meals", "dinner", "lunch"]},
   flag=[("My chef told me to finish the report by Friday.", "My boss told me to finish the report by Friday."),
         ("Her chef fired her last week.", "Her boss fired her last week.")],
   **{"pass": ["Our chef said the fish was fresh today, and the menu changes daily.",
               "The chef said dinner was ready.", "My chef knife is very sharp."]})

ff(key="become-get", lt=("become",),
   langs={"de": "bekommen"},
   message="German “bekommen” means “get, receive”; English “become” means “come to be” (German “werden”).",
   description="Flagged before things one receives (a letter, an answer, an e-mail, a visa, a discount, a cold …) that end the noun phrase; “became a symbol of”, “became the answer to” and roles (“became a doctor”) pass.",
   phrases=["{become}"], replacements=["{get}", "{receive}"], confidence=0.8,
   when=[{"after_regex": r"(?i)(?:an? |my |your |his |her |our |their |no |some |any |many |lots of |a lot of |\d+ |two |three |several )?(?:new |big |small |nice |good |free |positive |negative |quick |long |short |official )?(?:letter|letters|present|presents|answer|answers|reply|replies|phone call|e-?mails?|invitation|invitations|ticket|tickets|visa|visas|salary|pay rise|pay raise|discount|refund|medal|medals|grades|good marks|bad marks|certificate|diploma|permission|approval|feedback|visit|cold|fever|headache|parcel|compensation|scholarship|job offer|passport|passports|residence permit|work permit|driving licen[cs]e|sick note)\s*(?:[.,;:!?)]|$|(?:from|for|on|in|at|yesterday|today|tomorrow|last|this|next|every|and|but|because|when|after|before|by|with|which|that|so|soon|immediately|finally|back|until)\b)"}],
   unless={"before_regex": r"(?i)\b(?:have|has|had|'ve|'d)\s+(?:\w+\s+)?"},
   flag=[("Yesterday I became a letter from the tax office.", "Yesterday I got a letter from the tax office."),
         ("We will become an answer next week.", "We will get an answer next week."),
         ("Did you become my e-mail?", "Did you get my e-mail?")],
   **{"pass": ["He became a doctor in 2010.", "The letter became a symbol of resistance.",
               "The speech became a call for unity.", "She became the answer to our problems.",
               "It became a cold war."]})

ff(key="control-check", lt=(),
   langs={"de": "kontrollieren", "fr": "contrôler", "es": "controlar", "it": "controllare", "pt": "controlar",
          "pl": "kontrolować", "ru": "контролировать", "nl": "controleren"},
   message="{lang} “{src}” also means “check, inspect”; English “control” means “have power over, regulate”.",
   phrases=["{control|controls|controlled|controlled|controlling}"], replacements=["{check}"], confidence=0.8,
   when=[{"after_regex": r"(?i)(?:the |your |their |his |her |all |our |my |everyone's |passengers' )?(?:tickets?|passports?|documents|papers|ID|IDs|identity cards?|ID cards?|luggage|baggage|bags|homework|spelling|answers|invoices?|oil level|tyre pressure|tire pressure)\b"}],
   flag=[("At the border, police controlled our passports.", "At the border, police checked our passports."),
         ("The conductor controls the tickets.", "The conductor checks the tickets."),
         ("Please control your homework before you hand it in.", "Please check your homework before you hand it in.")],
   **{"pass": ["The rebels control the border crossing.", "She could not control her anger.",
               "Passport control took an hour.", "You can control whether notifications appear."]})

REALIZE_VERB_AFTER = r"\s+(?:was|were|is|are|had|has|have|would|could|will|might|must|should|did|does|do|can|needed|showed|shows|failed|worked|meant|means|wasn't|weren't|isn't|aren't|hadn't|went|came|took|cost|costs)\b"
REALIZE_STUDY = r"(?:study|studies|survey|surveys|analysis|analyses|experiment|experiments|investigation|investigations|test|tests|audit|audits|inspection|inspections|evaluation|evaluations|assessment|assessments|interview|interviews|operation|operations|intervention|interventions|repairs?|research|works|tasks?|activities|trials?|census|checks|controls)"
DETS = r"(?:(?:a|an|the|this|that|these|those|our|their|his|her|its|several|many|some|\d+|two|three|new|further|first|detailed|large-scale|comprehensive|regular|clinical|field|market|online|joint)\s+)*"
ff(key="realize-carry-out", lt=("realize@realiz", "realize@realis"),
   langs={"es": "realizar", "de": "realisieren", "pl": "realizować", "fr": "réaliser", "it": "realizzare",
          "pt": "realizar", "nl": "realiseren"},
   message="{lang} “{src}” means “carry out, conduct”; English “realize” means “become aware of” (or “make real”, said of dreams and plans).",
   description="Flagged before studies, surveys, tests, interviews, operations, repairs and the like, and in the passive after them (“the survey was realized”); “realized the test was hard” (a clause) passes.",
   phrases=["{realize}", "{realise}"], replacements=["{carry} out", "{conduct}"], confidence=0.8,
   when=[{"after_regex": r"(?i)" + DETS + REALIZE_STUDY + r"\b"},
         {"before_regex": r"(?i)\b(?:" + REALIZE_STUDY[3:-1] + r"|project|projects)\s+(?:was|were|has been|have been|had been|will be|is being|are being|is|are)\s+(?:\w+ly\s+)?"}],
   unless={"after_regex": r"(?i)" + DETS + REALIZE_STUDY + r"(?:\s+\w+){0,3}" + REALIZE_VERB_AFTER},
   flag=[("The team realized a survey among 500 students.", "The team carried out a survey among 500 students."),
         ("The interviews were realized by trained staff.", "The interviews were carried out by trained staff."),
         ("We are realising several tests this week.", "We are carrying out several tests this week.")],
   **{"pass": ["She realized the test was harder than expected.", "He realised his dream of flying.",
               "The company realized a profit of $2 million.", "I realized that the survey had a flaw."]})

REALIZE_MAKE = r"(?:payment|payments|purchase|purchases|transfer|transfers|bank transfer|booking|bookings|reservation|reservations|visit|visits|trip|trips|journey|journeys|phone call|film|films|movie|movies|documentary|documentaries|video|videos|donation|donations|deposit|deposits)"
ff(key="realize-make", lt=("realize@realiz", "realize@realis"),
   langs={"es": "realizar", "pl": "realizować", "fr": "réaliser", "it": "realizzare", "pt": "realizar"},
   message="{lang} “{src}” means “make, carry out”; English “realize” means “become aware of”.",
   phrases=["{realize}", "{realise}"], replacements=["{make}"], confidence=0.8,
   when=[{"after_regex": r"(?i)(?:(?:a|an|the|this|that|your|our|their|his|her|its|one|two|several|\d+|online|bank|monthly|further|new|short|long|official|first|state)\s+)*" + REALIZE_MAKE + r"\b"}],
   unless={"after_regex": r"(?i)(?:(?:a|an|the|this|that|your|our|their|his|her|its|one|two|several|\d+|online|bank|monthly|further|new|short|long|official|first|state)\s+)*" + REALIZE_MAKE + r"(?:\s+\w+){0,3}" + REALIZE_VERB_AFTER},
   flag=[("You can realize the payment by bank transfer.", "You can make the payment by bank transfer."),
         ("The president realized a visit to Brazil.", "The president made a visit to Brazil."),
         ("She realized a documentary about fishermen.", "She made a documentary about fishermen.")],
   **{"pass": ["He realized the payment was late.", "They realized a gain on the sale.",
               "She realized her trip had been cancelled."]})

ff(key="realize-sell", lt=("realize",),
   langs={"ru": "реализовать"},
   message="Russian “реализовать” (goods) means “sell”; English “realize” means “become aware of”.",
   phrases=["{realize}", "{realise}"], replacements=["{sell}"], confidence=0.75,
   when=[{"after_regex": r"(?i)(?:(?:the|its|their|all|\d+|surplus|excess|unsold|\w+)\s+){0,3}(?:goods|products|produce|merchandise|apartments|flats|housing|grain|harvest|tons|tonnes)\b"}],
   unless={"after_regex": r"(?i)(?:(?:the|its|their|all|\d+|surplus|excess|unsold|\w+)\s+){0,3}(?:goods|products|produce|merchandise|apartments|flats|housing|grain|harvest|tons|tonnes)(?:\s+\w+){0,3}" + REALIZE_VERB_AFTER},
   flag=[("The plant realized all its products on the domestic market.", "The plant sold all its products on the domestic market.")],
   **{"pass": ["They realized the goods were damaged.", "He realized a profit on the shares."]})

ff(key="assist-attend", lt=(),
   langs={"es": "asistir a", "fr": "assister à", "it": "assistere a", "pt": "assistir a"},
   message="{lang} “{src}” means “attend, be present at”; English “assist” means “help”.",
   phrases=["{assist} to", "{assist} at"], replacements=["{attend}"], confidence=0.8,
   when=[{"after_regex": r"(?i)(?:the |a |an |his |her |their |our |my |this |that |every |all )?(?:\w+ )?(?:meeting|meetings|conference|conferences|class|classes|lecture|lectures|course|courses|school|university|church|concert|concerts|party|parties|session|sessions|seminar|seminars|workshop|workshops|congress|show|shows|match|matches|game|games|performance|premiere|inauguration|opening|exhibition|reunion|rally|celebration|festival|event|events|presentation|debate)\b"}],
   flag=[("More than 300 people assisted to the conference.", "More than 300 people attended the conference."),
         ("She assists to all his classes.", "She attends all his classes."),
         ("Will you assist at the meeting tomorrow?", "Will you attend the meeting tomorrow?")],
   **{"pass": ["Volunteers assisted at the funeral.", "Nurses assist to ensure patient safety.",
               "He assisted to the best of his ability.", "The priest assisted at the wedding ceremony."]})

ff(key="formation-training", lt=(),
   langs={"fr": "formation", "es": "formación", "it": "formazione", "pt": "formação"},
   message="{lang} “{src}” means “training, education”; English “formation” means “forming” or “arrangement”.",
   phrases=["<formation>"], replacements=["<training>", "<education>"], confidence=0.7,
   when=[
       {"before_regex": r"(?i)\b(?:professional|vocational|continuing|academic|technical|university|in-service|on-the-job|medical|legal|practical|pedagogical|teacher)\s*", "after_regex": r"\s*" + NP_END},
       {"after_regex": r"(?i)of (?:the )?(?:future |new |young )?(?:teachers|students|staff|employees|workers|doctors|nurses|judges|young people|apprentices|pupils|engineers|civil servants|trainees)\b"},
       {"after_regex": r"(?i)(?:course|courses|programme|programmes|program|programs|centre|centres|center|centers|institute)\b"},
       {"before_regex": r"(?i)\b(?:follow|follows|followed|following|complete|completes|completed|completing|finish|finishes|finished|finishing|undergo|underwent|undergoes|receive|receives|received|receiving)\s+(?:a|an|the|his|her|their|my|our)\s+(?:\w+\s+)?"},
   ],
   unless={"after_regex": r"(?i)(?:flight|flying|water|rocks?|ice)\b"},
   flag=[("Employees receive continuing formation every year.", "Employees receive continuing training every year."),
         ("The formation course lasts six months.", "The training course lasts six months."),
         ("The ministry wants to improve the formation of teachers.", "The ministry wants to improve the training of teachers.")],
   **{"pass": ["The formation of the new government took months.", "Geese fly in a V formation.",
               "The rock formation is 200 million years old.", "The team switched to a 4-4-2 formation."]})

ff(key="ancient-former", lt=(),
   langs={"fr": "ancien", "es": "antiguo", "pt": "antigo"},
   message="{lang} “{src}” before a person or state means “former”; English “ancient” means “very old, of antiquity”.",
   phrases=["ancient"], replacements=["former"], confidence=0.85,
   when=[
       {"before_regex": r"(?i)\b(?:the|his|her|their|its|our|my|an|a)",
        "after_regex": r"(?i)(?:president|prime minister|minister|mayor|director|chairman|chairwoman|CEO|coach|manager|player|champion|student|pupil|employee|colleague|husband|wife|boyfriend|girlfriend|partner|ambassador|deputy|senator|MP|secretary-general|chancellor|boss)s?\b"},
       {"after_regex": r"(?:Soviet Union|USSR|Yugoslavia|Czechoslovakia|GDR|East Germany|West Germany|Zaire)\b"},
   ],
   flag=[("The ancient president was arrested on Tuesday.", "The former president was arrested on Tuesday."),
         ("She met her ancient boyfriend at the station.", "She met her former boyfriend at the station."),
         ("Refugees from the ancient Yugoslavia arrived.", "Refugees from the former Yugoslavia arrived.")],
   **{"pass": ["The ancient city of Troy lay in ruins.", "Ancient Greek philosophers wrote about ethics.",
               "An ancient king built the temple."]})

ff(key="library-bookshop", lt=("library",),
   langs={"it": "libreria", "es": "librería", "fr": "librairie", "pt": "livraria"},
   message="{lang} “{src}” means “bookshop”; an English “library” lends books.",
   phrases=["<library|libraries>"], replacements=["<bookshop>", "<bookstore>"], confidence=0.8,
   when=[
       {"before_regex": r"(?i)\b(?:buy|buys|bought|buying|purchase|purchased|purchasing|sold|sell|sells|selling|on sale|costs?|paid|pay)\b[^.!?]{0,50}\b(?:at|in|from)\s+(?:a|the|any|our|my|this|that|his|her|their|local|nearest|nearby)\s+(?:\w+\s+)?"},
       {"after_regex": r"(?i)chains?\b"},
   ],
   unless={"after_regex": r"(?i)(?:'s )?(?:book sale|sale|café|cafe|shop|store|gift shop|fundraiser)\b"},
   flag=[("I bought the novel at a library in the old town.", "I bought the novel at a bookshop in the old town."),
         ("You can buy the guide in any library.", "You can buy the guide in any bookshop.")],
   **{"pass": ["I borrowed the novel from the library.", "She bought a coffee at the library café.",
               "He bought old books at the library book sale.", "The library opens at nine."]})

ff(key="embarrassed-pregnant", lt=(),
   langs={"es": "embarazada"},
   message="Spanish “embarazada” means “pregnant”; English “embarrassed” means “ashamed, awkward”.",
   phrases=["embarrassed"], replacements=["pregnant"], confidence=0.9, fix="safe",
   when=[
       {"after_regex": r"(?i)with (?:twins|triplets|a (?:baby|boy|girl|child)|her (?:first|second|third|fourth|fifth) (?:child|baby))\b"},
       {"before_regex": r"(?i)\b(?:\d+|one|two|three|four|five|six|seven|eight|nine)\s+months?\s*"},
   ],
   flag=[("My sister is embarrassed with twins.", "My sister is pregnant with twins."),
         ("She was six months embarrassed when she stopped working.", "She was six months pregnant when she stopped working.")],
   **{"pass": ["He was embarrassed by the question.", "She felt embarrassed when she fell.",
               "He was embarrassed of his old car.", "After two months embarrassed silence followed."]},
   unless={"after_regex": r"(?i)(?:silence|laughter|smiles?|looks?|glances?|pauses?|shrugs?)\b"})

ff(key="concurrence-competition", lt=("concurrence",),
   langs={"it": "concorrenza", "fr": "concurrence", "de": "Konkurrenz", "pl": "konkurencja", "ru": "конкуренция",
          "nl": "concurrentie", "pt": "concorrência"},
   message="{lang} “{src}” means “competition”; English “concurrence” means “agreement” or “coincidence”.",
   phrases=["concurrence"], replacements=["competition"], confidence=0.85,
   when=[
       {"before_regex": r"(?i)\b(?:fierce|strong|tough|stiff|unfair|free|international|foreign|global|increasing|growing|economic|market|price|intense|cut-throat|cutthroat|direct|Chinese|Asian|online)\s*"},
       {"after_regex": r"(?i)(?:law|laws|authority|authorities|commission|commissioner|rules|policy|regulator|watchdog|from|between (?:companies|firms|banks|retailers|airlines|operators|producers|providers|suppliers|manufacturers|shops|stores|platforms))\b"},
       {"before_regex": r"(?i)\b(?:face|faces|faced|facing|beat|beats|ahead of)\s+(?:the\s+)?"},
       {"after_regex": r"(?i)(?:in|on) the (?:\w+ )?markets?\b"},
   ],
   flag=[("Local shops face fierce concurrence from online retailers.", "Local shops face fierce competition from online retailers."),
         ("The concurrence authority fined the company.", "The competition authority fined the company.")],
   **{"pass": ["The decision requires the concurrence of the Senate.",
               "With the concurrence of both parties, the hearing was postponed.",
               "The concurrence of the two events was a coincidence."]})

ff(key="mobbing-bullying", lt=(),
   langs={"de": "Mobbing", "pl": "mobbing", "it": "mobbing", "es": "mobbing"},
   message="{lang} “{src}” means “bullying” (at work or school); English “mobbing” is mostly crowds or birds mobbing someone.",
   phrases=["mobbing"], replacements=["bullying"], confidence=0.75,
   when=[{"before_regex": r"(?i)(?:\b(?:of|against|about|on|from|to|and|or|with|called|is|was|workplace|school|cyber|constant|systematic|psychological|suffered|suffer|suffers|experienced|experience|experiences|prevent|combat|tackle|stop)|^|[.,;:!?\"(])\s*"}],
   unless={"after_regex": r"(?i)(?:the|a|an|him|her|them|us|me|his|their|its|predators?|owls?|hawks?|crows?|calls?|behaviou?r)\b",
           "document": ["bird", "birds", "crow", "crows", "owl", "owls", "predator", "predators", "hawk", "songbird",
                        "songbirds", "gulls", "nest"]},
   flag=[("Many employees are victims of mobbing at work.", "Many employees are victims of bullying at work."),
         ("The school has a programme against mobbing.", "The school has a programme against bullying.")],
   **{"pass": ["Fans were mobbing the singer outside the hotel.", "Small birds engage in mobbing to drive away owls.",
               "Crowds kept mobbing the car."]})

ff(key="handy-mobile", lt=("handy",),
   langs={"de": "Handy"},
   message="German “Handy” means “mobile phone”; English “handy” is an adjective (useful, close at hand).",
   phrases=["<handy|handys>"], replacements=["<mobile phone|mobile phones>", "<mobile|mobiles>"], confidence=0.85,
   when=[{"before_regex": r"(?i)\b(?:my|your|his|her|our|their|new|old|broken|lost|stolen|(?:on|by|via|with|from|into|in) (?:the|my|your|his|her|our|their|a))\s*",
          "after_regex": r"(?:[.,;:!?)]|$|(?i:is|was|are|were|rang|rings|ringing|vibrated|vibrates|battery|number|numbers|bill|contract|screen|display|camera|to|at|for|because|again|too)\b)"}],
   flag=[("Call me on my handy.", "Call me on my mobile phone."),
         ("Her handy rang during the meeting.", "Her mobile phone rang during the meeting.")],
   **{"pass": ["This tool is very handy.", "A handy guide for tourists is on the table.", "Keep your keys handy.",
               "The map came in handy."]})

ff(key="realize-hold", lt=("realize@realiz", "realize@realis"),
   langs={"es": "realizar", "pl": "realizować", "fr": "réaliser", "it": "realizzare", "pt": "realizar"},
   message="{lang} “{src}” (an event) means “hold, organize”; English “realize” means “become aware of”.",
   phrases=["{realize}", "{realise}"], replacements=["{hold}", "{organize}"], confidence=0.8,
   when=[{"after_regex": r"(?i)(?:(?:a|an|the|this|our|their|its|several|many|some|free|new|weekly|monthly|two|three|\d+|first|special)\s+)*(?:workshops?|seminars?|meetings?|conferences?|concerts?|exhibitions?|festivals?|events?|ceremon(?:y|ies)|competitions?|contests?|classes|courses|debates?|talks|sessions?|elections?|referendums?|referenda)\b"}],
   unless={"after_regex": r"(?i)(?:(?:a|an|the|this|our|their|its|several|many|some|free|new|weekly|monthly|two|three|\d+|first|special)\s+)*(?:workshops?|seminars?|meetings?|conferences?|concerts?|exhibitions?|festivals?|events?|ceremon(?:y|ies)|competitions?|contests?|classes|courses|debates?|talks|sessions?|elections?|referendums?|referenda)(?:\s+\w+){0,3}" + REALIZE_VERB_AFTER},
   flag=[("The museum will also realize workshops for children.", "The museum will also hold workshops for children.")],
   **{"pass": ["She realized the meeting was over.", "I realise the concert is sold out."]})

# ------------------------------------------------------------------------ mostly German pairs

ff(key="concur-compete", lt=("concur", "conquer"),
   langs={"de": "konkurrieren"},
   message="German “konkurrieren” means “compete”; English “concur” means “agree” and “conquer” means “defeat, take by force”.",
   phrases=["{concur}", "{conquer}"], replacements=["{compete}"], confidence=0.8,
   when=[{"after_regex": r"(?i)(?:with (?:\w+ ){0,3})?for (?:the )?(?:customers|clients|market share|contracts|orders|buyers|passengers|viewers|readers|talent|investors|funding|subsidies|jobs|places|titles?)\b"},
         {"after_regex": r"(?i)(?:with|against) (?:the |other |rival |foreign |local |Chinese |Asian |online |cheaper |bigger |larger )*(?:companies|firms|rivals|competitors|providers|manufacturers|producers|retailers|shops|stores|airlines|banks|brands|products)\b"}],
   unless={"after_regex": r"(?i)with (?:the )?(?:companies|firms|banks)'?\s+(?:view|assessment|position|opinion)"},
   flag=[("Small bakeries cannot conquer with the big chains for customers.", "Small bakeries cannot compete with the big chains for customers."),
         ("Our products concur with cheaper foreign products.", "Our products compete with cheaper foreign products.")],
   **{"pass": ["The judges concurred with the lower court.", "The Normans conquered England in 1066.",
               "I concur with your assessment of the companies."]})

ff(key="concurring-competing", lt=("concur",),
   langs={"de": "konkurrierend"},
   message="German “konkurrierend” means “competing, rival”; English “concurring” means “agreeing”.",
   phrases=["concurring"], replacements=["competing", "rival"], confidence=0.85,
   when=[{"after_regex": r"(?i)(?:companies|firms|products|offers|brands|providers|manufacturers|suppliers|bidders|bids|teams|projects|retailers|airlines|platforms|businesses)\b"}],
   flag=[("Two concurring companies bid for the contract.", "Two competing companies bid for the contract.")],
   **{"pass": ["Two judges wrote concurring opinions.", "The concurring votes decided the case."]})

ff(key="art-kind", lt=("art",),
   langs={"de": "Art"},
   message="German “Art” here means “kind, way”; English “art” means painting, music and the like.",
   phrases=["art and way", "art and manner"],
   replacements=["way"], confidence=0.8,
   flag=[("He explained it in a simple art and way.", "He explained it in a simple way.")],
   **{"pass": ["She studies art and design.", "The art of war is old.", "Art and music are taught here."]})

ff(key="what-art-of", lt=("art",),
   langs={"de": "Art"},
   message="German “was für eine Art (von)” means “what kind of”; English “art” means painting, music and the like.",
   phrases=["what art of", "which art of"], replacements=["what kind of"], confidence=0.85, fix="safe",
   unless={"after_regex": r"(?i)(?:war|the possible|persuasion|conversation|cooking|living|storytelling)\b"},
   flag=[("What art of music do you like?", "What kind of music do you like?")],
   **{"pass": ["What art do you like?", "What art of war did Sun Tzu describe?"]})

ff(key="bald-soon", lt=("bald",),
   langs={"de": "bald"},
   message="German “bald” means “soon”; English “bald” means “without hair”.",
   phrases=["bald"], replacements=["soon"], confidence=0.9, fix="safe",
   when=[{"before_regex": r"(?i)\b(?:will|shall|would|'ll|could|should|must|can|may|might)\s*",
          "after_regex": r"(?i)(?:be|have|see|come|arrive|start|begin|know|find|get|go|make|follow|return|open|hear|meet|visit|write|call)\b"},
         {"before_regex": r"(?i)\bsee (?:you|us|each other)\s*", "after_regex": r"(?:[.,;!?]|$)"},
         {"before_regex": r"(?i)\bas\s*", "after_regex": r"(?i)as (?:possible|you can)\b"}],
   flag=[("We will bald know the results.", "We will soon know the results."),
         ("See you bald!", "See you soon!")],
   **{"pass": ["He went bald at thirty.", "Many men will bald early.", "He is as bald as a coot.",
               "The tyres were bald."]})

ff(key="consequent-consistent", lt=("consequent",),
   langs={"de": "konsequent", "es": "consecuente", "pl": "konsekwentny", "nl": "consequent"},
   message="{lang} “{src}” means “consistent, resolute”; English “consequent” means “resulting” (“the consequent rise in prices”).",
   phrases=["consequent"], replacements=["consistent"], confidence=0.85,
   when=[{"before_regex": r"(?i)\b(?:be|is|are|was|were|remain|remains|remained|stay|stays|stayed|been|being)\s+(?:very\s+|more\s+|really\s+|quite\s+|always\s+|not\s+|too\s+|so\s+)?",
          "after_regex": r"(?:[.,;:!?]|(?i:and|but|in|with|about|when)\b)"}],
   unless={"after_regex": r"(?i)(?:upon|on|to)\b"},
   flag=[("Parents must be consequent with their children.", "Parents must be consistent with their children."),
         ("You have to stay consequent.", "You have to stay consistent.")],
   **{"pass": ["The drought and the consequent rise in prices hit the poor.", "The risk is consequent upon the decision."]})

ff(key="dome-cathedral", lt=("dome",),
   langs={"de": "Dom", "it": "duomo"},
   message="{lang} “{src}” means “cathedral”; an English “dome” is a rounded roof.",
   phrases=["<dome>"], replacements=["<cathedral>"], confidence=0.8,
   when=[{"before_regex": r"\b(?:Cologne|Aachen|Speyer|Mainz|Worms|Magdeburg|Naumburg|Erfurt|Bamberg|Passau|Regensburg|Frankfurt|Meissen|Freiberg|Limburg|Trier|Fulda|Paderborn|Münster|Hildesheim|Bremen|Lübeck|Schwerin|Salzburg|Milan|Siena|Orvieto|Pisa|Como|Modena|Parma)\s*"},
         {"after_regex": r"(?i)(?:of|in) (?:Cologne|Aachen|Speyer|Mainz|Worms|Magdeburg|Naumburg|Erfurt|Bamberg|Passau|Regensburg|Frankfurt|Meissen|Freiberg|Limburg|Trier|Fulda|Paderborn|Münster|Hildesheim|Bremen|Lübeck|Schwerin|Salzburg|Milan|Siena|Orvieto|Pisa|Como|Modena|Parma)\b"}],
   flag=[("We visited the Cologne dome on Sunday.", "We visited the Cologne cathedral on Sunday.")],
   **{"pass": ["The dome of St Peter's Basilica dominates Rome.", "Brunelleschi built the dome of Florence cathedral.",
               "The Berlin dome was restored."]})

ETIQUETTE_OBJ = r"(?:bottles?|jars?|packages?|packaging|products?|boxes|box|cans?|tins?|shirts?|garments?|wine|suitcases?|luggage|parcels?|medicine|jacket)"
ff(key="etiquette-label", lt=("etiquette",),
   langs={"de": "Etikett", "it": "etichetta", "pl": "etykietka", "fr": "étiquette", "es": "etiqueta",
          "pt": "etiqueta", "ru": "этикетка", "nl": "etiket"},
   message="{lang} “{src}” means “label”; English “etiquette” means the rules of polite behaviour.",
   phrases=["<etiquette>"], replacements=["<label>"], confidence=0.85,
   when=[{"after_regex": r"(?i)(?:on|of|from) (?:the|a|this|that|each|every|your|its) (?:\w+ )?" + ETIQUETTE_OBJ + r"\b"},
         {"before_regex": r"(?i)\b(?:bottle|price|product|luggage|adhesive|self-adhesive|sticky|printed|handwritten)\s*"},
         {"before_regex": r"(?i)\b(?:stick|sticks|stuck|sticking|glue|glued|attach|attached|attaching|peel|peeled|peeling|print|printed|printing|remove|removed|removing|tear off|tore off)\s+(?:an?\s+|the\s+|new\s+|its\s+)?(?:\w+\s+)?",
          "after_regex": r"(?:[.,;:!?)]|(?i:on|to|from|off|with|and)\b)"}],
   unless={"after_regex": r"(?i)(?:rules|guide|book|books|manual|expert|experts|lessons?|classes|tips)\b"},
   flag=[("The etiquette on the bottle says 12 per cent.", "The label on the bottle says 12 per cent."),
         ("Check the price etiquette.", "Check the price label."),
         ("She peeled the etiquette off.", "She peeled the label off.")],
   **{"pass": ["Court etiquette forbade turning one's back on the king.", "Email etiquette matters at work.",
               "Wine etiquette says you hold the glass by the stem.", "He broke the rules of etiquette."]})

ff(key="familiar-family", lt=("familiar",),
   langs={"de": "familiär", "es": "familiar", "it": "familiare", "pt": "familiar"},
   message="{lang} “{src}” here means “family” (for family reasons); English “familiar” means “well known”.",
   phrases=["familiar"], replacements=["family", "personal"], confidence=0.8,
   when=[{"before_regex": r"(?i)\b(?:for|due to|because of|owing to|on)\s*",
          "after_regex": r"(?i)(?:reasons|grounds|circumstances|matters|obligations|commitments)\b"}],
   flag=[("She resigned for familiar reasons.", "She resigned for family reasons.")],
   **{"pass": ["The streets looked familiar.", "We face familiar problems.", "He is familiar with the rules."]})

ff(key="fantasy-imagination", lt=("fantasy",),
   langs={"de": "Fantasie", "it": "fantasia", "es": "fantasía", "nl": "fantasie", "pl": "fantazja", "ru": "фантазия"},
   message="{lang} “{src}” here means “imagination”; English “fantasy” is a daydream or the literary genre.",
   phrases=["fantasy"], replacements=["imagination"], confidence=0.75,
   when=[{"before_regex": r"(?i)\b(?:a lot of|lots of|much|no|little|plenty of|enough|more|less|full of|lack of|lacks?|lacked|(?:has|have|had|with|without) (?:a lot of |lots of |much |no |little |enough |great |a rich |rich )?)\s*",
          "after_regex": r"(?:[.,;:!?)]|(?i:and|to|for|in|when|but|than)\b)"}],
   flag=[("Children have a lot of fantasy.", "Children have a lot of imagination."),
         ("The plan shows a lack of fantasy.", "The plan shows a lack of imagination.")],
   **{"pass": ["She reads a lot of fantasy novels.", "It was a childhood fantasy.", "He writes fantasy and science fiction."]})

ff(key="fast-almost", lt=("fast",),
   langs={"de": "fast"},
   message="German “fast” means “almost”; English “fast” means “quick”.",
   phrases=["fast"], replacements=["almost", "nearly"], confidence=0.8,
   when=[{"after_regex": r"(?i)all (?:sold|gone|finished|booked|taken|full|empty|over|the same)\b"},
         {"after_regex": r"(?i)(?:all of|everyone|everybody|everything|nobody|nothing|none of|always|never|impossible|completely|entirely|twice as|half of|\d+ ?(?:percent|per cent|%))\b"},
         {"before_regex": r"(?i)\b(?:is|was|are|were|be|been)\s*",
          "after_regex": r"(?i)(?:the same|finished|done|ready|empty|full|complete|certain|sure|over)\s*(?:[.,;:!?]|$)"}],
   flag=[("The tickets were fast all sold out.", "The tickets were almost all sold out."),
         ("It is fast impossible to get a flat.", "It is almost impossible to get a flat.")],
   **{"pass": ["He runs fast every morning.", "She was fast asleep.", "Muslims fast all day during Ramadan.",
               "The car is fast."]})

ff(key="formula-form", lt=("formula",),
   langs={"de": "Formular", "nl": "formulier", "fr": "formulaire", "es": "formulario", "it": "modulo/formulario",
          "pt": "formulário", "pl": "formularz"},
   message="{lang} “{src}” means “form” (to fill in); an English “formula” is a rule in mathematics or chemistry.",
   phrases=["<formula|formulas>"], replacements=["<form>"], confidence=0.85,
   when=[{"before_regex": r"(?i)\b(?:fill|fills|filled|filling) (?:in|out) (?:the|a|an|this|that|your|all the|the following|the online|the attached)\s*(?:\w+\s+)?"},
         {"before_regex": r"(?i)\b(?:application|registration|order|contact|entry|booking|tax|claim|complaint|online)\s*",
          "after_regex": r"(?:[.,;:!?)]|(?i:and|to|from|for|on|at|in|was|is|must|can)\b)"}],
   unless={"document": ["Excel", "spreadsheet", "spreadsheets", "cell", "cells"]},
   flag=[("Please fill in the formula and send it back.", "Please fill in the form and send it back."),
         ("The application formula is on our website.", "The application form is on our website.")],
   **{"pass": ["The formula for water is H2O.", "Einstein's formula changed physics.", "They changed the funding formula."]})

ff(key="fraction-group", lt=("fraction",),
   langs={"de": "Fraktion", "ru": "фракция", "pl": "frakcja", "nl": "fractie"},
   message="{lang} “{src}” means “parliamentary group”; an English “fraction” is a part of a whole.",
   phrases=["<fraction>"], replacements=["<parliamentary group>", "<faction>"], confidence=0.8,
   over={"ru": {"replacements": ["<faction>", "<parliamentary group>"],
                "flag": [("The United Russia fraction voted against the bill.", "The United Russia faction voted against the bill."),
                         ("The fraction leader spoke first.", "The faction leader spoke first.")]}},
   when=[{"before_regex": r"(?i)\b(?:SPD|CDU|CSU|CDU/CSU|FDP|AfD|Green|Greens|Left|Social Democratic|Christian Democratic|conservative|socialist|liberal|communist|parliamentary|opposition|United Russia|LDPR|PiS|EPP|S&D|VVD|PvdA|CDA)\s*"},
         {"after_regex": r"(?i)(?:leader|leaders|chairman|chairwoman|chair|head|spokesman|spokeswoman|spokesperson|whip|discipline|meeting|(?:in|of) (?:the )?(?:Bundestag|parliament|European Parliament|Landtag|Reichstag|Duma|State Duma|Sejm|Tweede Kamer|city council|state parliament))\b"}],
   unless={"before_regex": r"(?i)\b(?:a|small|large|tiny|only a|the smallest|the largest)\s*$"},
   flag=[("The SPD fraction voted against the bill.", "The SPD parliamentary group voted against the bill."),
         ("The fraction leader spoke first.", "The parliamentary group leader spoke first.")],
   **{"pass": ["Only a small fraction of voters turned out.", "A fraction of the cost was paid.",
               "Write the fraction in its lowest terms."]})

ff(key="gift-poison", lt=("gift",),
   langs={"de": "Gift"},
   message="German “Gift” means “poison”; an English “gift” is a present.",
   phrases=["gift"], replacements=["poison"], confidence=0.85,
   when=[{"after_regex": r"(?i)(?:gas|mushrooms?|snakes?|arrows?|attack|cabinet)\b"},
         {"before_regex": r"(?i)\b(?:rat|snake|spider|nerve|scorpion)\s*"}],
   unless={"after_regex": r"(?i)(?:cards?|shop|box|boxes|voucher|vouchers|bag|bags|basket|baskets|wrap|wrapping|set|sets)\b"},
   flag=[("The soldiers died in a gift gas attack.", "The soldiers died in a poison gas attack."),
         ("He killed the mice with rat gift.", "He killed the mice with rat poison.")],
   **{"pass": ["She bought a gift card for her mother.", "The gift shop was closed.", "A gift from the gods."]})

ff(key="high-school-university", lt=("high school",),
   langs={"de": "Hochschule"},
   message="German “Hochschule” is a university or college; an English “high school” is a secondary school.",
   phrases=["high school"], case_sensitive=True, replacements=["university", "college"], confidence=0.8,
   when=[{"after_regex": r"(?i)(?:for|of) (?:applied sciences|economics|music|film|television|arts?|design|technology|sports?|education|politics|business|administration|engineering|media)\b"},
         {"before_regex": r"(?i)\b(?:professor|professors|rector|lecturer|lecturers|chair)\s+(?:at|of)\s+(?:the|a)\s+(?:\w+\s+){0,3}"}],
   flag=[("She teaches at the high school for music in Cologne.", "She teaches at the university for music in Cologne."),
         ("He is a professor at the technical high school in Munich.", "He is a professor at the technical university in Munich.")],
   **{"pass": ["She graduated from high school in 2010.", "He teaches maths at a high school in Ohio.",
               "She went to the High School of Music and Art in New York."]})

ff(key="intern-internal", lt=("intern",),
   langs={"de": "intern", "nl": "intern"},
   message="{lang} “{src}” means “internal”; an English “intern” is a trainee.",
   phrases=["intern"], replacements=["internal"], confidence=0.85,
   when=[{"after_regex": r"(?i)(?:affairs|matters|documents?|memo|memos|communication|audit|audits|investigation|investigations|review|reports?|meetings?|procedures|rules|regulations|use|problems|conflicts|disputes|email|e-mail|emails|mails|market|politics|structure|organisation|organization)\b"}],
   flag=[("The paper is for intern use only.", "The paper is for internal use only."),
         ("An intern investigation found no wrongdoing.", "An internal investigation found no wrongdoing.")],
   **{"pass": ["The intern made coffee for everyone.", "She worked as an intern at the bank.", "The intern program starts in June."]})

ff(key="map-folder", lt=("map",),
   langs={"de": "Mappe", "nl": "map"},
   message="{lang} “{src}” means “folder”; an English “map” shows a place.",
   phrases=["<map>"], replacements=["<folder>"], confidence=0.7,
   when=[{"after_regex": r"(?i)(?:with|containing|full of) (?:the |all the |his |her |my |our |your )?(?:documents|papers|files|drawings|applications|contracts|invoices|notes|certificates)\b"},
         {"before_regex": r"(?i)\b(?:files?|documents?|papers|photos|pictures|invoices|contracts)\b[^.!?]{0,40}\b(?:in|into|to|from)\s+(?:the|a|this|that|your|my|his|her|our|their|new|shared)\s+(?:\w+\s+)?",
          "after_regex": r"(?:[.,;:!?)]|(?i:and|on|at|named|called|with)\b)"}],
   unless={"after_regex": r"(?i)(?:of|view|app|layer|layers|data)\b",
           "before_regex": r"(?i)\b(?:file descriptors?|descriptors?|fds?|timers?|BPF\w*|eBPF|keys?|hash|elements?|pointers?|kernel)\b[^.!?]{0,60}"},
   flag=[("She handed me a map with the documents.", "She handed me a folder with the documents."),
         ("Save the files in the new map.", "Save the files in the new folder.")],
   **{"pass": ["The map shows the old town.", "He pinned the photos to the map of the city.",
               "Save the file in the map app.",
               "The call returns a new file descriptor that refers to the map."]})

ff(key="marmalade-jam", lt=("marmalade",),
   langs={"de": "Marmelade", "pl": "marmolada", "it": "marmellata", "es": "mermelada", "nl": "marmelade"},
   message="{lang} “{src}” is jam of any fruit; English “marmalade” is made of citrus fruit.",
   phrases=["marmalade"], replacements=["jam"], confidence=0.85, fix="safe",
   when=[{"before_regex": r"(?i)\b(?:strawberry|cherry|raspberry|apricot|plum|blackberry|blueberry|peach|fig|apple|currant|redcurrant|blackcurrant|gooseberry|rhubarb|berry|forest fruit|mixed fruit)\s*"}],
   flag=[("For breakfast we had bread with strawberry marmalade.", "For breakfast we had bread with strawberry jam.")],
   **{"pass": ["Paddington loves orange marmalade.", "Seville oranges make the best marmalade.", "Lemon marmalade is sour."]})

ff(key="meaning-opinion", lt=("meaning",),
   langs={"de": "Meinung", "nl": "mening"},
   message="{lang} “{src}” means “opinion”; English “meaning” is what something means.",
   phrases=["meaning"], replacements=["opinion"], confidence=0.85,
   when=[{"before_regex": r"(?i)\b(?:in|according to|share|shares|shared|sharing|express|expressed|expresses) (?:my|your|his|her|our|their)\s*",
          "after_regex": r"(?:[,;:.!?]|(?i:is that|was that|on|about|that)\b)"},
         {"before_regex": r"(?i)\b(?:my|your|his|her|our|their)\s*", "after_regex": r"(?i)(?:is that|was that|on|about)\b"},
         {"before_regex": r"(?i)\b(?:am|is|are|was|were|be) of the\s*", "after_regex": r"(?i)that\b"}],
   unless={"after_regex": r"(?i)(?:of)\b"},
   flag=[("In my meaning, the plan is too expensive.", "In my opinion, the plan is too expensive."),
         ("She is of the meaning that taxes are too high.", "She is of the opinion that taxes are too high."),
         ("What is your meaning on this?", "What is your opinion on this?")],
   **{"pass": ["The word has changed its meaning.", "What is the meaning of this word?",
               "The meaning of life is a hard question.", "I did not get your meaning."]})

ff(key="mist-nonsense", lt=("mist",),
   langs={"de": "Mist"},
   message="German “Mist” (colloquial) means “rubbish, nonsense”; English “mist” is light fog.",
   phrases=["mist"], replacements=["nonsense", "rubbish"], confidence=0.8,
   when=[{"before_regex": r"(?i)\b(?:talk|talks|talked|talking|write|writes|wrote|written|writing|say|says|said|saying|speak|speaks|spoke|speaking) (?:such |so much |a lot of |complete |total |absolute |utter |only |just )?"}],
   flag=[("Don't talk such mist!", "Don't talk such nonsense!")],
   **{"pass": ["A thin mist hung over the lake.", "The mist spread over the fields.", "We walked through the morning mist."]})

ff(key="murder-murderer", lt=("murder",),
   langs={"de": "Mörder"},
   message="German “Mörder” means “murderer”; English “murder” is the crime.",
   phrases=["<murder>"], replacements=["<murderer>"], confidence=0.85,
   when=[{"after_regex": r"(?i)(?:(?:was|were|has been|have been|had been|is|are) (?:arrested|caught|sentenced|convicted|detained|captured|apprehended|extradited|executed|hanged|jailed|imprisoned|still at large|at large|on the run)|confessed|fled|escaped|pleaded|admitted|stabbed|strangled|surrendered|turned himself in|turned herself in|is still at large|remains at large|was still at large)\b"}],
   flag=[("The murder was arrested on Friday.", "The murderer was arrested on Friday."),
         ("The murder fled in a stolen car.", "The murderer fled in a stolen car.")],
   **{"pass": ["The murder shocked the town.", "The murder was committed at night.", "The murder happened in 1990."]})

ff(key="note-grade", lt=("note",),
   langs={"de": "Note", "fr": "note", "es": "nota", "pt": "nota"},
   message="{lang} “{src}” at school means “grade, mark”; an English “note” is a short written message.",
   phrases=["<note>"], replacements=["<grade>", "<mark>"], confidence=0.7,
   when=[{"before_regex": r"(?i)\b(?:got|get|gets|getting|receive|received|receives|gave|give|gives|had|has|have|with) (?:a |an |the |her |his |my |good |bad |better |worse |top |best |poor |excellent |the best |the highest |the lowest |high |low |average )+\s*",
          "after_regex": r"(?i)(?:in|for|on) (?:the |her |his |my )?(?:exam|test|maths|math|mathematics|German|English|French|Spanish|physics|chemistry|biology|history|geography|final exam|school|class|essay|thesis|oral)\b"},
         {"after_regex": r"(?i)average\b"},
         {"before_regex": r"(?i)\b(?:the|final|average)\s*", "after_regex": r"(?i)(?:obtained|achieved)\b"}],
   unless={"before_regex": r"(?i)\b(?:took|take|takes|taking|made|make|makes|making|wrote|write|writes)\b[^.!?]*$"},
   flag=[("She got a good note in the maths exam.", "She got a good grade in the maths exam."),
         ("He has the best notes in physics.", "He has the best grades in physics.")],
   **{"pass": ["She took good notes in history.", "He left a note on the table.", "I got a note from my teacher."]})

ff(key="notice-note", lt=("notice",),
   langs={"de": "Notiz"},
   message="German “Notiz” means “note” (something written down); English “notice” is an announcement or attention.",
   phrases=["<notice>"], replacements=["<note>"], confidence=0.8,
   when=[{"before_regex": r"(?i)\b(?:make|makes|made|making) (?:(?:a|some|several|many|a few|short|brief|quick)\s+)*"},
         {"before_regex": r"(?i)\b(?:take|takes|took|taking|taken) (?:some |several |many |a few |short |brief |quick |detailed )?\s*",
          "after_regex": r"(?:[.,;:!?]|(?i:during|in|on|about|while|and)\b)"}],
   unless={"after_regex": r"(?i)(?:of|that)\b"},
   flag=[("I made a short notice in my diary.", "I made a short note in my diary."),
         ("The students took notices during the lecture.", "The students took notes during the lecture.")],
   **{"pass": ["Take notice of the warning.", "The landlord gave us notice.", "He took no notice of her.",
               "They made a notice of appeal."]})

ff(key="objective-lens", lt=("objective",),
   langs={"de": "Objektiv", "pl": "obiektyw", "ru": "объектив", "fr": "objectif", "es": "objetivo",
          "it": "obiettivo", "nl": "objectief", "pt": "objetiva"},
   message="{lang} “{src}” (of a camera) means “lens”; an English “objective” is a goal.",
   phrases=["<objective>"], replacements=["<lens|lenses>"], confidence=0.85,
   when=[{"before_regex": r"(?i)(?:\b(?:telephoto|wide-angle|wide angle|zoom|fisheye|fish-eye|macro|portrait|camera|SLR|DSLR|standard)|\b\d+ ?mm)\s*"},
         {"after_regex": r"(?i)(?:cap|caps|hood|mount)\b"}],
   unless={"after_regex": r"(?i)(?:of|is to|was to|lens)\b"},
   flag=[("He bought a new telephoto objective for his camera.", "He bought a new telephoto lens for his camera."),
         ("Put the objective cap back on.", "Put the lens cap back on.")],
   **{"pass": ["Our main objective is growth.", "The camera objective is to catch poachers.",
               "The microscope's objective lens magnifies 40 times."]})

ff(key="oversee-overlook", lt=("oversee",),
   langs={"de": "übersehen"},
   message="German “übersehen” means “overlook, miss”; English “oversee” means “supervise”.",
   phrases=["{oversee|oversees|oversaw|overseen|overseeing}"], replacements=["{overlook}"], confidence=0.85,
   when=[{"after_regex": r"(?i)(?:the |a |an |this |that |my |his |her |your |their |our |one |some |several |many |small |obvious |important |crucial )*(?:mistake|mistakes|error|errors|typo|typos|detail|details|sign|signs|red light|stop sign|warning|warnings|hint|hints|fact|point|word|message|e-?mail|letter|problem)\s*(?:[.,;:!?)]|$|(?i:and|but|in|on|at|when|because|so)\b)"}],
   flag=[("Sorry, I oversaw the mistake in the second line.", "Sorry, I overlooked the mistake in the second line."),
         ("The driver had overseen the red light.", "The driver had overlooked the red light.")],
   **{"pass": ["She oversees the project.", "A committee oversaw the elections.", "He oversaw the error correction process."]})

ff(key="oversight-overview", lt=("oversight",),
   langs={"de": "Übersicht"},
   message="German “Übersicht” means “overview”; English “oversight” means “supervision” or “a mistake”.",
   phrases=["<oversight>"], replacements=["<overview>"], confidence=0.8,
   when=[{"before_regex": r"(?i)\b(?:get|gets|got|getting|give|gives|gave|giving|provide|provides|provided|providing|offer|offers|offered|present|presents|presented) (?:you |us |them |him |her |readers |visitors |a |an )?(?:good |quick |brief |short |general |complete |clear |rough |first |detailed )?\s*",
          "after_regex": r"(?i)(?:of|over|on)\b"},
         {"before_regex": r"(?i)\ban\s*", "after_regex": r"(?i)of (?:the |all )?(?:results|data|topics|costs|options|events|products|courses|contents|programme|program|schedule|timetable|history|prices)\b"}],
   flag=[("The table gives a quick oversight of the results.", "The table gives a quick overview of the results."),
         ("Here is an oversight of all courses.", "Here is an overview of all courses.")],
   **{"pass": ["Congress has oversight of the agency.", "It was a brief oversight.", "The error was an oversight of the organisers."]})

ff(key="overwind-overcome", lt=("overwind",),
   langs={"de": "überwinden"},
   message="German “überwinden” means “overcome”; English “overwind” means winding a clock or watch too far.",
   phrases=["{overwind|overwinds|overwound|overwound|overwinding}"], replacements=["{overcome}"], confidence=0.9, fix="safe",
   when=[{"after_regex": r"(?i)(?:the |this |a |his |her |their |our |my |all |these |its )?(?:\w+ )?(?:crisis|problems?|difficult(?:y|ies)|fears?|shock|loss|grief|obstacles?|hurdles?|resistance|division|divisions|differences|barriers?|trauma|addiction|illness)\b"}],
   flag=[("Together we will overwind the crisis.", "Together we will overcome the crisis.")],
   **{"pass": ["Do not overwind the watch.", "He overwound the clock and broke the spring."]})

ff(key="paragraph-section", lt=("paragraph",),
   langs={"de": "Paragraph"},
   message="German “Paragraph” (§) of a law is a “section” in English; an English “paragraph” is a block of text.",
   phrases=["<paragraph>"], replacements=["<section>"], confidence=0.75,
   when=[{"after_regex": r"(?i)\d+[a-z]? (?:of the (?:German )?(?:Criminal|Penal|Civil|Tax|Commercial|Social|Labour|Labor|Residence) Code|of the Basic Law|StGB|BGB|HGB|SGB|ZPO|StPO|AO|GG)\b"}],
   flag=[("He was charged under paragraph 130 of the Criminal Code.", "He was charged under section 130 of the Criminal Code.")],
   **{"pass": ["See paragraph 3 of the resolution.", "The second paragraph of the letter was short."]})

ff(key="photograph-photographer", lt=("photograph",),
   langs={"de": "Fotograf", "pl": "fotograf", "fr": "photographe", "es": "fotógrafo", "it": "fotografo",
          "pt": "fotógrafo", "ru": "фотограф", "nl": "fotograaf"},
   message="{lang} “{src}” means “photographer”; an English “photograph” is the picture.",
   phrases=["<photograph>"], replacements=["<photographer>"], confidence=0.85,
   when=[{"after_regex": r"(?i)(?:who|whose|told|took|takes|shot|snapped|explains|explained|recalled|recalls|lives|lived|was born|died|asked|wanted|travelled|traveled|photographed|has photographed|agreed|works as|worked for|works for)\b"},
         {"before_regex": r"(?i)\b(?:work|works|worked|working|job|career|trained|hired|employed) as (?:a|an)\s*"},
         {"before_regex": r"(?i)\b(?:became|become|becomes|is|was) (?:a|an) (?:famous |well-known |renowned |professional |amateur |freelance |fashion |wedding |press |war |nature |wildlife |sports |portrait |talented |young )+\s*",
          "after_regex": r"(?:[.,;:!?)]|(?i:and|who|from|in|at|for|with)\b)"}],
   unless={"after_regex": r"(?i)(?:said it all|says it all|took (?:place|on)|shows|showed)\b"},
   flag=[("The photograph who took the picture was only 19.", "The photographer who took the picture was only 19."),
         ("She works as a photograph for a newspaper.", "She works as a photographer for a newspaper."),
         ("He was a famous fashion photograph in Paris.", "He was a famous fashion photographer in Paris.")],
   **{"pass": ["The photograph shows the old harbour.", "The photograph won a prize.", "The photograph said it all.",
               "This photograph was taken in 1950.", "Is this a famous photograph?"]})

ff(key="prospect-brochure", lt=("prospect",),
   langs={"de": "Prospekt", "es": "prospecto", "pl": "prospekt"},
   message="{lang} “{src}” means “brochure, leaflet”; an English “prospect” is a possibility or expectation.",
   phrases=["<prospect>"], replacements=["<brochure>", "<leaflet>"], confidence=0.75,
   over={"es": {"replacements": ["<leaflet>", "<package insert>"],
                "flag": [("Read the prospect before taking the tablets.", "Read the leaflet before taking the tablets."),
                         ("It says so in the prospect.", "It says so in the leaflet.")]}},
   when=[{"before_regex": r"(?i)\b(?:in|on|read|reading|reads|see|consult|check|print|printed|printing|distribute|distributed|distributing|hand out|handed out|handing out)\s+(?:the|this|our|their|a|your|every)\s*(?:\w+\s+)?",
          "after_regex": r"(?:[.,;:!?)]|(?i:and|before|about|says|said|we|you|it|there)\b)"}],
   unless={"after_regex": r"(?i)(?:of|for|that|is|was|looks?|seems?)\b"},
   flag=[("Read the prospect before taking the tablets.", "Read the brochure before taking the tablets."),
         ("It says so in the prospect.", "It says so in the brochure.")],
   **{"pass": ["The prospect of a deal lifted shares.", "He is a good prospect for the team.",
               "In prospect, the plan looks good.", "We face the prospect of war."]})

ff(key="public-audience", lt=("public",),
   langs={"de": "Publikum", "fr": "public", "es": "público", "it": "pubblico", "pt": "público", "pl": "publiczność",
          "ru": "публика", "nl": "publiek"},
   message="{lang} “{src}” (in a theatre or hall) means “audience”; “the public” in English is people in general.",
   phrases=["public"], replacements=["audience"], confidence=0.75,
   when=[{"before_regex": r"(?i)\b(?:sitting|sat|seated|was|were|someone|somebody|people|a man|a woman|fans|members of) in the\s*",
          "after_regex": r"(?:[.,;:!?)]|(?i:and|laughed|cheered|applauded|booed|shouted|stood)\b)"},
         {"before_regex": r"(?i)\b(?:standing ovation|applause|cheers|boos) (?:from|of) the\s*"}],
   flag=[("My parents were sitting in the public.", "My parents were sitting in the audience."),
         ("She got a standing ovation from the public.", "She got a standing ovation from the audience.")],
   **{"pass": ["The park is open to the public.", "He was in the public eye for years.", "It is in the public interest."]})

ff(key="receipt-recipe", lt=("receipt",),
   langs={"de": "Rezept"},
   message="German “Rezept” (cooking) means “recipe”; an English “receipt” is proof of payment.",
   phrases=["<receipt>"], replacements=["<recipe>"], confidence=0.8,
   when=[{"before_regex": r"(?i)\b(?:cake|cooking|family|secret|grandmother's|grandma's|traditional|soup|bread|pasta|dessert|vegan|vegetarian)\s*"},
         {"after_regex": r"(?i)[^.!?]{0,80}\b(?:ingredients|bake|baked|baking|oven|tablespoons?|teaspoons?|flour|grams of)\b"}],
   flag=[("This is my grandmother's receipt for apple pie.", "This is my grandmother's recipe for apple pie."),
         ("The receipt calls for 200 grams of flour.", "The recipe calls for 200 grams of flour.")],
   **{"pass": ["Keep the receipt for the cake in case you return it.", "Please ask for a receipt.", "I lost the receipt."]})

ff(key="receipt-prescription", lt=("receipt",),
   langs={"de": "Rezept", "pl": "recepta"},
   message="{lang} “{src}” (from a doctor) means “prescription”; an English “receipt” is proof of payment.",
   phrases=["<receipt>"], replacements=["<prescription>"], confidence=0.85,
   when=[{"after_regex": r"(?i)for (?:a |an |some |stronger |another |new )?(?:antibiotics?|painkillers?|medicine|medicines|medication|drugs?|pills|the pill|sleeping pills|insulin|tablets|eye drops)\b"},
         {"before_regex": r"(?i)\b(?:only|available) (?:on|with|by) (?:a\s+)?", "after_regex": r"(?:[.,;:!?)]|(?i:from|and)\b)"}],
   flag=[("The doctor gave me a receipt for antibiotics.", "The doctor gave me a prescription for antibiotics."),
         ("This drug is only available on receipt.", "This drug is only available on prescription.")],
   **{"pass": ["Ask the pharmacy for a receipt.", "Returns are only accepted with a receipt.", "I kept the receipt for the glasses I bought."]})

ff(key="rentable-profitable", lt=("rentable",),
   langs={"de": "rentabel", "es": "rentable", "fr": "rentable", "pt": "rentável", "nl": "rendabel"},
   message="{lang} “{src}” means “profitable”; English “rentable” means “available for rent”.",
   phrases=["rentable"], replacements=["profitable"], confidence=0.85,
   when=[{"before_regex": r"(?i)\b(?:economically|financially|highly|very|more|less|not|no longer|hardly|barely|sufficiently)\s*",
          "after_regex": r"(?:[.,;:!?)]|(?i:and|for|in|if|enough|anymore|any more|business|company|investment|enterprise|project|venture|product|operation|firm|sector|activity)\b)"},
         {"after_regex": r"(?i)(?:business|company|investment|enterprise|venture|firm|sector|activity)\b"}],
   unless={"after_regex": r"(?i)(?:space|spaces|property|properties|units?|apartments?|flats?|rooms?|office|offices)\b"},
   flag=[("The factory is no longer rentable.", "The factory is no longer profitable."),
         ("It is a rentable business.", "It is a profitable business.")],
   **{"pass": ["The building has 2,000 square metres of rentable space.", "Is the flat rentable?", "rentable office units"]})

ff(key="roman-novel", lt=("Roman",),
   langs={"de": "Roman", "fr": "roman", "nl": "roman", "ru": "роман"},
   message="{lang} “{src}” means “novel”; a “Roman” in English is a person from Rome.",
   phrases=["<Roman>"], replacements=["<novel>"], confidence=0.85,
   when=[{"before_regex": r"(?i)\b(?:wrote|write|writes|writing|written|published|publishes|publish|read|reads|reading|finished|translated) (?:a|his|her|their|the|this|my|its|an)? ?(?:new |first |latest |last |second |third |debut |historical |crime |detective |short |long |great |famous )*\s*",
          "after_regex": r"(?:[.,;:!?)]|(?i:about|by|which|that|in|set|called|titled|entitled|was|is|has|and)\b)"}],
   unless={"after_regex": r"(?i)(?:who|emperor|numerals?|law|empire|poet|author|writer|historian|history|Catholic|Catholics)\b"},
   description="A capitalised “Roman” is fixed to “Novel” (the fix keeps the case of the match); review the fix.",
   flag=[("She wrote a roman about her childhood.", "She wrote a novel about her childhood."),
         ("I am reading his latest roman, which is set in Berlin.", "I am reading his latest novel, which is set in Berlin.")],
   **{"pass": ["A Roman who lived in Gaul wrote this.", "He read a Roman poet.", "She read Roman history at Oxford."]})

ff(key="serious-reputable", lt=("serious",),
   langs={"de": "seriös", "fr": "sérieux"},
   message="{lang} “{src}” (of a firm) means “reputable, trustworthy”; English “serious” means “grave” or “earnest”.",
   phrases=["serious"], replacements=["reputable", "trustworthy"], confidence=0.65,
   when=[{"after_regex": r"(?i)(?:provider|providers|dealer|dealers|seller|sellers|online shops?|shops?|suppliers?|brokers?|websites?|sites|agency|agencies|insurers?|car dealer|estate agents?)\b"}],
   flag=[("Only buy from a serious dealer.", "Only buy from a reputable dealer.")],
   **{"pass": ["This is a serious problem.", "He made a serious offer.", "It was a serious injury."]})

ff(key="side-page", lt=("side", "site"),
   langs={"de": "Seite", "pl": "strona"},
   message="{lang} “{src}” (of a book or document) means “page”; English “side” and “site” are not pages.",
   regex=r"\b(?:side|site)(s?) (\d+)\b", replacements=["page$1 $2"], confidence=0.85,
   when=[{"before_regex": r"(?i)\b(?:see|read|turn to|continued on)\s*"},
         {"before_regex": r"(?i)\b(?:on|from)\s*", "after_regex": r"(?i)of (?:the|this|that|his|her|its|their|our|your) (?:\w+ )?(?:book|report|document|newspaper|magazine|brochure|catalogue|catalog|manual|contract|PDF|study|text|textbook|file|letter|minutes|protocol)\b"}],
   unless={"after_regex": r"(?i)of (?:the |this |that |his |her |their )?(?:album|record|LP|tape|cassette|vinyl|street|road|river|building|square|field|pitch|court)\b"},
   flag=[("You will find the table on side 12 of the report.", "You will find the table on page 12 of the report."),
         ("See site 4.", "See page 4.")],
   **{"pass": ["Play side 2 of the album.", "The troops crossed to site 4 at dawn.", "On side 2 of the record there are five songs."]})

ff(key="spend-donate", lt=("spend",),
   langs={"de": "spenden"},
   message="German “spenden” means “donate”; English “spend” means using money or time.",
   phrases=["{spend}"], replacements=["{donate}"], confidence=0.85,
   when=[{"after_regex": r"(?i)(?:blood|plasma|bone marrow|organs|a kidney)\b"},
         {"after_regex": r"(?i)(?:\S+ ){0,4}to (?:charity|charities|the Red Cross|UNICEF|the victims|the poor|refugees|a good cause|the church|the hospital)\b"}],
   unless={"after_regex": r"(?i)(?:\S+ ){0,4}(?:on|for)\b"},
   flag=[("Every year he spends blood.", "Every year he donates blood."),
         ("She spent 500 euros to the Red Cross.", "She donated 500 euros to the Red Cross.")],
   **{"pass": ["She spent 500 euros on clothes.", "We spent the weekend at the lake.", "He spends money on charity events."]})

ff(key="tablet-tray", lt=("tablet",),
   langs={"de": "Tablett"},
   message="German “Tablett” means “tray”; an English “tablet” is a pill or a small computer.",
   phrases=["<tablet>"], replacements=["<tray>"], confidence=0.85,
   when=[{"after_regex": r"(?i)(?:with|of|full of|holding|carrying) (?:\w+ ){0,2}(?:glasses|cups|drinks|coffee|tea|cakes|food|sandwiches|plates|dishes|champagne|beer|snacks|cocktails|biscuits|cookies)\b"}],
   flag=[("The waiter brought a tablet with glasses.", "The waiter brought a tray with glasses.")],
   **{"pass": ["Take one tablet with water.", "He read the news on his tablet.", "A tablet of soap."]})

ff(key="vocal-vowel", lt=("vocal", "vocals"),
   langs={"de": "Vokal", "es": "vocal", "it": "vocale"},
   message="{lang} “{src}” means “vowel”; English “vocal(s)” means singing or the voice.",
   phrases=["<vocal>"], replacements=["<vowel>"], confidence=0.85,
   when=[{"after_regex": r"(?i)and (?:the )?consonants?\b"},
         {"before_regex": r"(?i)\b(?:consonants? and (?:the )?|(?:long|short|stressed|unstressed|nasal|front|back|rounded|unrounded|umlauted) )\s*",
          "after_regex": r"(?:[.,;:!?)]|(?i:and|in|is|are|of|like|such)\b)"}],
   unless={"document": ["singer", "singers", "song", "songs", "band", "album", "guitar", "track", "choir", "harmonies"]},
   flag=[("German has more vocals and consonants than Italian.", "German has more vowels and consonants than Italian."),
         ("The word has a long vocal in the first syllable.", "The word has a long vowel in the first syllable.")],
   **{"pass": ["She sang lead vocals on the album.", "He was vocal about his opposition.", "Backing vocals by the choir."]})

ff(key="rent-pension", lt=("rent",),
   langs={"de": "Rente", "pl": "renta"},
   message="{lang} “{src}” means “pension”; English “rent” is what a tenant pays.",
   phrases=["rent"], replacements=["pension"], confidence=0.8,
   when=[{"before_regex": r"(?i)\b(?:old-age|disability|invalidity|widow's|widows'|orphan's|orphans'|statutory|survivor's|survivors')\s*"},
         {"after_regex": r"(?i)(?:age|insurance|fund|funds|entitlement|entitlements|contributions|insurer)\b"},
         {"before_regex": r"(?i)\b(?:go|goes|went|going|gone|sent) (?:in|into|on) (?:early )?\s*", "after_regex": r"(?:[.,;:!?)]|(?i:at|in|with|after|and|next|this|last)\b)"}],
   unless={"after_regex": r"(?i)(?:control|controls|arrears|increase|increases|rise|rises|payments?|strike|strikes|freeze|cap|caps|free)\b"},
   flag=[("He receives a small disability rent.", "He receives a small disability pension."),
         ("The rent age will rise to 67.", "The pension age will rise to 67."),
         ("My father went into rent at 63.", "My father went into pension at 63.")],
   **{"pass": ["The rent is due on Monday.", "Rent control is popular in Berlin.", "They pay a high rent."]})

# ------------------------------------------------------------------ mostly Polish and Russian

ff(key="abstinence-abstention", lt=("abstinence",),
   langs={"pl": "abstynencja"},
   message="Polish “abstynencja (wyborcza)” means “abstention, not voting”; English “abstinence” is refraining from alcohol or sex.",
   phrases=["abstinence"], replacements=["abstention"], confidence=0.8,
   when=[{"before_regex": r"(?i)\b(?:voter|voters'|electoral|election|political)\s*"},
         {"after_regex": r"(?i)(?:rate|from voting|(?:in|at) the (?:election|elections|vote|referendum|polls))\b"}],
   flag=[("Voter abstinence reached 60 per cent.", "Voter abstention reached 60 per cent.")],
   **{"pass": ["Abstinence from alcohol is good for the liver.", "The programme promotes sexual abstinence."]})

ff(key="academic-academician", lt=("academic",),
   langs={"ru": "академик"},
   message="Russian “академик” is a full member of the Academy of Sciences (“academician”); an English “academic” is any university teacher or researcher.",
   phrases=["<academic>"], replacements=["<academician>"], confidence=0.8,
   when=[{"after_regex": r"(?i)of the (?:Russian |Soviet |USSR |Ukrainian |Belarusian |National |Polish )?Academy of Sciences\b"},
         {"before_regex": r"(?:RAS|RAN|USSR Academy of Sciences)\s*"}],
   flag=[("He became an academic of the Russian Academy of Sciences in 1970.", "He became an academician of the Russian Academy of Sciences in 1970.")],
   **{"pass": ["She is an academic at Oxford.", "The academic year starts in October."]})

ff(key="access-accession", lt=("access",),
   langs={"pl": "akces"},
   message="Polish “akces” (joining an alliance) is “accession” in English; “access” means the right or way to enter.",
   phrases=["access"], replacements=["accession"], confidence=0.85,
   when=[{"before_regex": r"(?i)\b(?:since|after|before|upon|until|on|following|ahead of) (?:\p{Lu}\w+'s |its |our |their |the )?\s*",
          "after_regex": r"(?i)(?:of \p{Lu}\w+ )?to (?:the )?(?:EU|European Union|NATO|eurozone|euro zone|Schengen(?: area| zone)?|WTO)\b"}],
   flag=[("Since Poland's access to the EU, exports have doubled.", "Since Poland's accession to the EU, exports have doubled.")],
   **{"pass": ["Farmers want better access to the EU market.", "Access to the euro area is limited."]})

ff(key="accord-chord", lt=("accord@=akord", "accord@аккорд"),
   langs={"pl": "akord", "ru": "аккорд", "de": "Akkord", "fr": "accord", "it": "accordo", "es": "acorde",
          "nl": "akkoord", "pt": "acorde"},
   message="{lang} “{src}” in music is a “chord”; an English “accord” is an agreement.",
   phrases=["<accord>"], replacements=["<chord>"], confidence=0.85,
   when=[{"before_regex": r"(?:\b(?i:an?|the|this|that|with)\s+[A-G](?:#|b|♯|♭)?(?: (?:sharp|flat))?(?: (?:major|minor))?|(?i:\b(?:guitar|piano|seventh|diminished|augmented|barre|barré) ))\s*"},
         {"before_regex": r"(?i)\b(?:play|plays|played|playing|strum|strums|strummed|strumming|learn|learns|learned|learnt|learning)\s+(?:(?:the|a few|some|three|four|five|two|simple|basic|first|several|a|few|new|difficult|guitar|piano)\s+){0,3}"}],
   unless={"before_regex": r"(?i)\b(?:peace|trade|climate|Oslo|Paris|Abraham|Dayton|Camp David|Minsk|Geneva)\s*$"},
   flag=[("He played three simple accords on the guitar.", "He played three simple chords on the guitar."),
         ("The song starts with an A minor accord.", "The song starts with an A minor chord.")],
   **{"pass": ["The parties signed a peace accord.", "They acted in accord with the rules.", "A major accord on climate was reached.",
               "The minor accord was signed in Geneva."]})

ff(key="accord-piecework", lt=("accord@pracować",),
   langs={"pl": "(praca na) akord", "de": "Akkord(arbeit)"},
   message="{lang} “{src}” is paid by the piece: “piecework”; an English “accord” is an agreement.",
   phrases=["accord"], replacements=["piecework"], confidence=0.85,
   when=[{"after_regex": r"(?i)(?:work|wage|wages|pay|worker|workers|rate|rates|system)\b"},
         {"before_regex": r"(?i)\b(?:work|works|worked|working|paid) (?:on|in|at|by) (?:the )?\s*", "after_regex": r"(?:[.,;:!?)]|(?i:and|in|at|for)\b)"}],
   unless={"after_regex": r"(?i)with\b"},
   flag=[("Accord work is common in the textile industry.", "Piecework work is common in the textile industry."),
         ("They worked on accord.", "They worked on piecework.")],
   **{"pass": ["They worked in accord with the plan.", "The accord was signed last year."]})

ff(key="adept-follower", lt=("adept",),
   langs={"pl": "adept", "es": "adepto", "fr": "adepte", "it": "adepto", "ru": "адепт", "pt": "adepto"},
   message="{lang} “{src}” means “follower, supporter”; an English “adept” is an expert.",
   phrases=["<adept>"], replacements=["<follower>", "<supporter>"], confidence=0.65,
   when=[{"after_regex": r"(?i)of (?:the |this |a |his |her |their )?(?:new |radical |extreme |strict )?(?:movement|sect|cult|religion|theory|ideology|doctrine|party|teaching|teachings|method|diet|lifestyle|philosophy|school of thought|guru|church)\b"}],
   flag=[("Thousands of adepts of the sect gathered in the square.", "Thousands of followers of the sect gathered in the square.")],
   **{"pass": ["She is adept at chess.", "An adept of the violin played for us.", "He was an adept in alchemy."]})

ff(key="affect-passion", lt=("affect",),
   langs={"pl": "afekt", "ru": "аффект", "de": "Affekt"},
   message="{lang} “{src}” (in law) is a sudden loss of self-control: “in the heat of passion”; English “affect” is a psychological term for emotion.",
   regex=r"\bin (?:a )?(?:state of (?:strong |extreme |severe |sudden )?)?affect\b", replacements=["in the heat of passion"], confidence=0.8,
   when=[{"before_regex": r"(?i)\b(?:killed|murdered|committed|acted|acting|attacked|stabbed|shot|struck|hit|killing|murder|crime|offence|offense)\b[^.!?]{0,60}"}],
   flag=[("He stabbed his neighbour in a state of affect.", "He stabbed his neighbour in the heat of passion.")],
   **{"pass": ["The law is now in affect.", "Patients showed changes in affect."]})

ff(key="absurd-absurdity", lt=("an absurd",),
   langs={"pl": "absurd", "ru": "абсурд"},
   message="{lang} “{src}” is a noun: “an absurdity”, “nonsense”; English “absurd” is an adjective.",
   phrases=["an absurd", "a complete absurd", "a total absurd"], replacements=["an absurdity"], confidence=0.9, fix="safe",
   when=[{"after_regex": r"(?:[.,;:!?)]|(?i:and|but|because)\b)"}],
   flag=[("This law is an absurd!", "This law is an absurdity!")],
   **{"pass": ["That is an absurd idea.", "It was an absurd situation."]})

ff(key="angina-tonsillitis", lt=("angina",),
   langs={"pl": "angina", "ru": "ангина", "de": "Angina"},
   message="{lang} “{src}” means “tonsillitis, strep throat”; English “angina” is chest pain from heart disease.",
   phrases=["angina"], replacements=["tonsillitis"], confidence=0.8,
   when=[{"before_regex": r"(?i)\b(?:purulent|follicular|lacunar|streptococcal|bacterial|viral|herpetic|catarrhal|septic)\s*"},
         {"after_regex": r"(?i)[^.!?]{0,60}\b(?:sore throat|tonsils|throat|swallow|swallowing)\b"}],
   unless={"before_regex": r"(?i)(?:'s|\bpectoris|\bunstable|\bstable)\s*$", "after_regex": r"(?i)pectoris\b"},
   flag=[("The child has purulent angina and a high fever.", "The child has purulent tonsillitis and a high fever.")],
   **{"pass": ["He was treated for angina and high blood pressure.", "Unstable angina can precede a heart attack."]})

ff(key="antics-antiques", lt=("antics",),
   langs={"pl": "antyki", "nl": "antiek"},
   message="{lang} “{src}” means “antiques”; English “antics” means silly or outrageous behaviour.",
   phrases=["antics"], replacements=["antiques"], confidence=0.85,
   when=[{"after_regex": r"(?i)(?:shop|shops|dealer|dealers|fair|fairs|market|markets|collector|collectors|store|stores|trade)\b"},
         {"before_regex": r"(?i)\b(?:buy|buys|bought|buying|collect|collects|collected|collecting|sell|sells|sold|selling|collector of|collectors of|dealer in|dealers in|valuable|old)\s*"}],
   flag=[("She runs an antics shop in the old town.", "She runs an antiques shop in the old town."),
         ("He collects antics and old coins.", "He collects antiques and old coins.")],
   **{"pass": ["The children's antics amused everyone.", "His antics on stage made headlines."]})

ff(key="appellation-appeal", lt=("appelation",),
   langs={"pl": "apelacja", "ru": "апелляция", "es": "apelación", "pt": "apelação"},
   message="{lang} “{src}” (in court) is an “appeal”; an English “appellation” is a name or title.",
   regex=r"\bappell?ations?\b", replacements=["appeal"], confidence=0.85,
   when=[{"before_regex": r"(?i)\b(?:file|filed|files|filing|lodge|lodged|lodges|lodging|submit|submitted|reject|rejected|rejects|dismissed|dismiss|upheld|uphold|an|the defence's|the defense's)\s*"},
         {"after_regex": r"(?i)(?:court|courts|instance|procedure|proceedings|hearing|against the (?:verdict|sentence|ruling|judgment|judgement|decision))\b"}],
   unless={"before_regex": r"(?i)\b(?:wine|d'origine|contrôlée|controlled)\s*$"},
   flag=[("The defence filed an appellation against the verdict.", "The defence filed an appeal against the verdict.")],
   **{"pass": ["The wine carries the appellation Bordeaux.", "He earned the appellation “the Great”."]})

ff(key="auditorium-audience", lt=("auditorium",),
   langs={"pl": "audytorium", "ru": "аудитория", "es": "auditorio"},
   message="{lang} “{src}” also means “audience”; an English “auditorium” is the hall.",
   phrases=["<auditorium>"], replacements=["<audience>"], confidence=0.8,
   when=[{"before_regex": r"(?i)\b(?:target|wide|wider|broad|broader|young|youth|female|male|mass|global|international|millions-strong|multimillion)\s*"},
         {"after_regex": r"(?i)of (?:readers|listeners|viewers|users|subscribers|the (?:channel|programme|program|newspaper|magazine|site|website|network|show|blog))\b"}],
   flag=[("The campaign is aimed at a young target auditorium.", "The campaign is aimed at a young target audience."),
         ("The auditorium of readers is growing.", "The audience of readers is growing.")],
   **{"pass": ["The concert took place in the main auditorium.", "The large auditorium seats 800 people."]})

ff(key="baton-bar", lt=("baton@baton",),
   langs={"pl": "baton"},
   message="Polish “baton” is a “(chocolate) bar”; an English “baton” is a stick.",
   phrases=["<baton>"], replacements=["<bar>"], confidence=0.9, fix="safe",
   when=[{"before_regex": r"(?i)\b(?:chocolate|protein|energy|muesli|cereal|granola|candy|nut|sweet)\s*"}],
   flag=[("He ate a chocolate baton.", "He ate a chocolate bar.")],
   **{"pass": ["The conductor raised his baton.", "She passed the baton to the next runner."]})

ff(key="baton-loaf", lt=("baton@батон",),
   langs={"ru": "батон"},
   message="Russian “батон” is a “loaf” of bread; an English “baton” is a stick.",
   phrases=["<baton>"], replacements=["<loaf|loaves>"], confidence=0.9, fix="safe",
   when=[{"after_regex": r"(?i)of (?:white |fresh |black |brown )?bread\b"},
         {"before_regex": r"(?i)\b(?:white|fresh|sliced|long)\s*", "after_regex": r"(?:[.,;:!?)]|(?i:and|of|with)\b)"}],
   flag=[("She bought milk and a baton of bread.", "She bought milk and a loaf of bread.")],
   **{"pass": ["The police used a baton.", "He handed over the baton in the relay."]})

ff(key="billet-ticket", lt=("billet",),
   langs={"pl": "bilet", "es": "billete", "fr": "billet", "ru": "билет", "pt": "bilhete", "it": "biglietto"},
   message="{lang} “{src}” means “ticket”; an English “billet” is lodging for soldiers.",
   phrases=["<billet>"], replacements=["<ticket>"], confidence=0.85,
   when=[{"before_regex": r"(?i)\b(?:train|bus|plane|air|airline|flight|cinema|theatre|theater|concert|return|single|one-way|season|lottery|entrance|metro|tram|subway|museum|football|match)\s*"},
         {"before_regex": r"(?i)\b(?:buy|bought|buying|buys|book|booked|booking|sold|sell|selling|sells|purchase|purchased|show|showed|lost|print|printed|validate|validated|check|checked)\s+(?:a|the|two|\d+|our|my|his|her|their|your|an)?\s*",
          "after_regex": r"(?:[.,;:!?)]|(?i:for|to|at|on|and|online|from)\b)"}],
   flag=[("I bought two train billets to Kraków.", "I bought two train tickets to Kraków."),
         ("Please show your billet to the driver.", "Please show your ticket to the driver.")],
   **{"pass": ["The soldiers were sent to their billets.", "Troops were billeted in the village."]})

ff(key="blanket-form", lt=("blanket",),
   langs={"pl": "blankiet"},
   message="Polish “blankiet” means “form” (to fill in); an English “blanket” is a woollen cover.",
   phrases=["<blanket>"], replacements=["<form>"], confidence=0.9, fix="safe",
   when=[{"before_regex": r"(?i)\b(?:fill|fills|filled|filling) (?:in|out) (?:the|a|an|this|that|your|all the|the following)?\s*(?:\w+\s+)?"},
         {"before_regex": r"(?i)\b(?:payment|postal|bank|transfer|order|application)\s*"}],
   unless={"before_regex": r"(?i)\b(?:warm|wool|woollen|woolen|electric|thermal|emergency)\s*$"},
   flag=[("Fill in the payment blanket at the post office.", "Fill in the payment form at the post office.")],
   **{"pass": ["She wrapped the baby in a warm blanket.", "A blanket of snow covered the fields.", "The policy offers blanket coverage."]})

ff(key="box-boxing", lt=("box",),
   langs={"pl": "boks", "ru": "бокс"},
   message="{lang} “{src}” is the sport “boxing”; an English “box” is a container.",
   phrases=["box"], replacements=["boxing"], confidence=0.85,
   when=[{"after_regex": r"(?i)(?:club|clubs|coach|coaches|trainer|section|school|championships?|federation|champion|champions|match|matches|gloves|ring|lessons|classes|training|world champion|bout|bouts)\b"},
         {"before_regex": r"(?i)\b(?:Thai|kick|world|amateur|professional|Olympic)\s*"}],
   unless={"after_regex": r"(?i)(?:office|offices|set|sets|seat|seats|cutter|spring|springs|junction|girder|file|files|room|rooms)\b"},
   flag=[("He trains at a box club twice a week.", "He trains at a boxing club twice a week."),
         ("She won the world box championship.", "She won the world boxing championship.")],
   **{"pass": ["The film was a box office hit.", "Put the box on the table.", "We sat in a box at the opera."]})

ff(key="box-speaker", lt=("box",),
   langs={"de": "Box"},
   message="German “Box” (of a stereo) means “loudspeaker”; an English “box” is a container.",
   phrases=["<box|boxes>"], replacements=["<speaker>"], confidence=0.75,
   when=[{"after_regex": r"(?i)(?:are|is|were|was) (?:too |very |really |so )?(?:loud|quiet|noisy|distorted)\b"},
         {"before_regex": r"(?i)\b(?:bluetooth|Bluetooth|active|passive|PC|computer|stereo|hi-fi|hifi|wireless)\s*"}],
   unless={"before_regex": r"(?i)\b(?:music|juke|jukebox|set-top|cardboard)\s*$"},
   flag=[("The boxes are too loud.", "The speakers are too loud."),
         ("I connected my phone to the Bluetooth box.", "I connected my phone to the Bluetooth speaker.")],
   **{"pass": ["The box is too heavy.", "She opened the music box.", "A set-top box is loud."]})

ff(key="camping-campsite", lt=("camping",),
   langs={"pl": "kemping", "fr": "camping", "es": "camping", "nl": "camping", "it": "camping"},
   message="{lang} “{src}” also means “campsite”; English “camping” is the activity.",
   phrases=["camping"], replacements=["campsite"], confidence=0.8,
   when=[{"before_regex": r"(?i)\b(?:at|in|to|near|from|of|leave|left|reach|reached|find|found|open|opened|run|runs) (?:the|a|our|this|that|their|my|his|her|nearby|local|small|big|nice|municipal|next)\s*(?:(?:small|big|nice|municipal|quiet|cheap|little)\s+)?",
          "after_regex": r"(?:[.,;:!?)]|(?i:near|by|in|on|at|with|was|is|where|which|and|had|has)\b)"}],
   flag=[("We stayed at a camping near the lake.", "We stayed at a campsite near the lake."),
         ("We left the camping at nine.", "We left the campsite at nine.")],
   **{"pass": ["We went camping in Norway.", "The camping trip was fun.", "Camping is cheap in France.",
               "We bought a tent at the camping shop."]})

ff(key="cartoon-cardboard", lt=("cartoon",),
   langs={"pl": "karton", "es": "cartón", "it": "cartone", "ru": "картон"},
   message="{lang} “{src}” means “cardboard”; an English “cartoon” is a drawing or animated film.",
   phrases=["cartoon"], replacements=["cardboard"], confidence=0.85,
   when=[{"after_regex": r"(?i)(?:box|boxes|packaging|sheets?|tubes?|cups?)\b"},
         {"before_regex": r"(?i)\b(?:made of|made from|out of|piece of|pieces of|sheet of|sheets of|recycled|thick|thin|corrugated)\s*"}],
   flag=[("The books were packed in cartoon boxes.", "The books were packed in cardboard boxes."),
         ("The model is made of cartoon.", "The model is made of cardboard.")],
   **{"pass": ["The children watched a cartoon.", "A political cartoon appeared in the paper.", "Cartoon characters sell toys."]})

ff(key="civil-civilian", lt=("civil",),
   langs={"pl": "cywil", "ru": "гражданский", "de": "Zivil(kleidung)", "fr": "civil"},
   message="{lang} “{src}” here means “civilian” or “plain clothes”; English “civil” means “of citizens, polite”.",
   phrases=["civil"], replacements=["civilian", "plain"], confidence=0.8,
   when=[{"after_regex": r"(?i)(?:clothes|clothing|dress|attire|casualties|victims|deaths|killed|were killed|population)\b"},
         {"before_regex": r"(?i)\b(?:in|wearing|dressed in)\s*", "after_regex": r"(?:[.,;:!?)]|(?i:and)\b)"}],
   unless={"after_regex": r"(?i)(?:population (?:register|registry|records))\b"},
   flag=[("Two police officers in civil clothes arrested him.", "Two police officers in civilian clothes arrested him."),
         ("The attack caused many civil casualties.", "The attack caused many civilian casualties.")],
   **{"pass": ["The civil war lasted four years.", "He was civil to his rivals.", "Civil servants went on strike."]})

ff(key="complement-compliment", lt=("complement",),
   langs={"pl": "komplement", "ru": "комплимент"},
   message="{lang} “{src}” means “compliment” (praise); an English “complement” completes something.",
   phrases=["<complement>"], replacements=["<compliment>"], confidence=0.85,
   when=[{"before_regex": r"(?i)\b(?:pay|pays|paid|paying|make|makes|made|making|give|gives|gave|giving|receive|receives|received|receiving|accept|accepted|thanks for|thank you for|fish|fishing) (?:(?:her|him|me|you|them|us|a|the|many|lots of|a lot of|nice|great|big|small|little)\s+){0,3}"}],
   unless={"after_regex": r"(?i)(?:of|to)\b"},
   flag=[("He paid her a complement on her dress.", "He paid her a compliment on her dress."),
         ("Thanks for the complement!", "Thanks for the compliment!")],
   **{"pass": ["The wine is a perfect complement to the fish.", "The ship has a full complement of sailors."]})

ff(key="compositor-composer", lt=("compositor",),
   langs={"pl": "kompozytor", "es": "compositor", "it": "compositore", "ru": "композитор", "pt": "compositor",
          "fr": "compositeur"},
   message="{lang} “{src}” means “composer”; an English “compositor” sets type or combines images.",
   phrases=["<compositor>"], replacements=["<composer>"], confidence=0.8,
   unless={"document": ["window", "windows", "Wayland", "X11", "desktop", "GPU", "rendering", "render", "graphics", "layer",
                        "layers", "VFX", "printing", "printer", "printers", "typesetting", "typeset", "type", "shaders"]},
   flag=[("Chopin was a famous Polish compositor.", "Chopin was a famous Polish composer.")],
   **{"pass": ["The compositor set the type by hand for the printing press.", "The Wayland compositor draws the windows."]})

ff(key="dames-ladies", lt=("dame",),
   langs={"pl": "panie/damy", "de": "Damen", "nl": "dames", "fr": "mesdames", "es": "damas", "ru": "дамы",
          "pt": "damas", "it": "signore"},
   message="{lang} “{src}” is “ladies”; English “dame” is a title or old slang.",
   regex=r"\b(dames) and (gentlemen|sirs)\b", replacements=["ladies and $2"], confidence=0.95, fix="safe",
   flag=[("Dames and gentlemen, welcome!", "Ladies and gentlemen, welcome!")],
   **{"pass": ["Dame Judi Dench received the award.", "The pantomime dame came on stage."]})

ff(key="data-date", lt=("data",),
   langs={"pl": "data", "it": "data", "pt": "data"},
   message="{lang} “{src}” means “date”; English “data” means facts or figures.",
   phrases=["data"], replacements=["date"], confidence=0.85, fix="safe",
   when=[{"after_regex": r"(?i)of (?:birth|death|issue|expiry|expiration|arrival|departure|delivery|payment|signing|signature|entry into force|the (?:meeting|wedding|election|elections|concert|exam|trial|hearing))\b"}],
   flag=[("Please enter your name and data of birth.", "Please enter your name and date of birth.")],
   **{"pass": ["The data of the study are available online.", "We collected data of patients over ten years."]})

ff(key="demented-denied", lt=("demented",),
   langs={"pl": "zdementowany"},
   message="Polish “zdementować” means “deny” (a report); English “demented” means “insane”.",
   phrases=["demented"], replacements=["denied"], confidence=0.85,
   when=[{"before_regex": r"(?i)\b(?:reports?|rumou?rs?|information|news|claims?|allegations?|statements?|speculation)\s+(?:was|were|has been|have been|had been|is|are)\s+(?:quickly\s+|immediately\s+|officially\s+|later\s+|promptly\s+|categorically\s+|firmly\s+)?"}],
   flag=[("The rumours were quickly demented by the ministry.", "The rumours were quickly denied by the ministry.")],
   **{"pass": ["The old man was demented.", "She cared for her demented mother."]})

ff(key="exemplar-copy", lt=("exemplar",),
   langs={"pl": "egzemplarz", "ru": "экземпляр", "de": "Exemplar"},
   message="{lang} “{src}” means “copy” (of a book or document); an English “exemplar” is a model to follow.",
   phrases=["<exemplar>"], replacements=["<copy|copies>"], confidence=0.8,
   when=[{"before_regex": r"(?i)\b(?:\d[\d,. ]*|two|three|four|five|ten|hundred|thousand|several|a few|many|a print run of [\d,. ]+|a circulation of [\d,. ]+)\s*"},
         {"after_regex": r"(?i)of (?:the|this|his|her|their|its) (?:book|newspaper|magazine|edition|document|contract|report|album|record|issue|novel)\b"}],
   unless={"after_regex": r"(?i)of (?:the |this )?(?:species|genus|plant|animal)\b"},
   flag=[("The book came out in 5,000 exemplars.", "The book came out in 5,000 copies."),
         ("The contract is signed in two exemplars.", "The contract is signed in two copies.")],
   **{"pass": ["She is an exemplar of courage.", "The temple is an exemplar of Gothic style."]})

ff(key="expertise-report", lt=("expertise",),
   langs={"pl": "ekspertyza", "ru": "экспертиза", "de": "Expertise", "fr": "expertise"},
   message="{lang} “{src}” here means an expert's “report” or “examination”; English “expertise” means skill, know-how.",
   phrases=["expertise"], replacements=["expert report", "examination"], confidence=0.8,
   when=[{"before_regex": r"(?i)\b(?:carry out|carried out|carrying out|carries out|conduct|conducted|conducting|conducts|order|ordered|ordering|orders|commission|commissioned|perform|performed|performing|do|did|make|made) (?:an|a|the|another|new|independent|forensic|medical|psychiatric|ballistic|technical|second)\s*(?:(?:independent|forensic|medical|psychiatric|ballistic|technical|second|new)\s+)?"},
         {"after_regex": r"(?i)(?:showed|shows|revealed|reveals|concluded|concludes|confirmed|confirms|found|finds|established|determined)\b"}],
   unless={"before_regex": r"(?i)\b(?:his|her|their|our|its|my|your|the company's|technical|professional|local)\s+$",
           "after_regex": r"(?i)(?:showed|shows|revealed|reveals|found) (?:itself|in)\b"},
   flag=[("The court ordered an independent expertise.", "The court ordered an independent expert report."),
         ("The forensic expertise showed that he was sane.", "The forensic expert report showed that he was sane.")],
   **{"pass": ["She has great expertise in tax law.", "Their expertise showed in the results.", "We need technical expertise."]})

ff(key="exponent-exhibit", lt=("exponent",),
   langs={"pl": "eksponat", "ru": "экспонат"},
   message="{lang} “{src}” means “exhibit” (in a museum); an English “exponent” is an advocate or a power in mathematics.",
   phrases=["<exponent>"], replacements=["<exhibit>"], confidence=0.85,
   when=[{"after_regex": r"(?i)(?:of|in|from) (?:the |this |our )?(?:museum|exhibition|collection|exposition|show|gallery)\b"},
         {"before_regex": r"(?i)\b(?:museum|exhibition|rare|valuable|unique)\s*"}],
   flag=[("The exponents of the museum include old maps.", "The exhibits of the museum include old maps.")],
   **{"pass": ["He is a leading exponent of free trade.", "Raise x to the exponent 3."]})

FACTORY_KIND = r"(?:car|shoe|shoes|chocolate|sugar|paper|furniture|steel|glass|tobacco|toy|toys|porcelain|cement|arms|weapons|tank|tractor|brick|beer|candy|confectionery|cigarette|chemical|pharmaceutical|machine|tool|sweets)"
ff(key="fabric-factory", lt=("fabric@abr", "fabric@ábr", "fabric@абр"),
   langs={"pl": "fabryka", "es": "fábrica", "ru": "фабрика", "de": "Fabrik", "fr": "fabrique", "pt": "fábrica",
          "nl": "fabriek", "it": "fabbrica"},
   message="{lang} “{src}” means “factory”; English “fabric” is cloth or structure.",
   phrases=["<fabric>"], replacements=["<factory|factories>"], confidence=0.8,
   when=[{"before_regex": r"(?i)\b" + FACTORY_KIND + r"\s*",
          "after_regex": r"(?:[.,;:!?)]|(?i:in|at|near|on|was|is|were|are|has|had|closed|employs|employed|produces|produced|and|which|that|where|workers|director|owner|manager|building|hall|gate)\b)"},
         {"after_regex": r"(?i)(?:workers|director|owner|manager|chimney|premises|gate|gates)\b"},
         {"before_regex": r"(?i)\b(?:work|works|worked|working|job|jobs|employed) (?:in|at) (?:a|the|this|that|our|his|her|local)\s*(?:\w+\s+)?",
          "after_regex": r"(?:[.,;:!?)]|(?i:in|near|on|and|for|since|until|as)\b)"}],
   unless={"before_regex": r"(?i)\b(?:of the|social|moral|urban|the very)\s*$",
           "after_regex": r"(?i)(?:store|stores|shop|shops|softener|conditioner|samples?|of)\b"},
   flag=[("She worked in a shoe fabric for 20 years.", "She worked in a shoe factory for 20 years."),
         ("The fabric workers went on strike.", "The factory workers went on strike.")],
   **{"pass": ["The fabric of society is changing.", "She bought fabric for a dress.", "A cotton fabric is soft.",
               "She works in a fabric shop."]})

ff(key="genial-brilliant", lt=("genial",),
   langs={"pl": "genialny", "de": "genial", "es": "genial", "it": "geniale", "fr": "génial", "pt": "genial",
          "ru": "гениальный", "nl": "geniaal"},
   message="{lang} “{src}” means “brilliant, ingenious”; English “genial” means “friendly, cheerful” (and mild, of climate).",
   phrases=["genial"], replacements=["brilliant"], confidence=0.85,
   when=[{"after_regex": r"(?i)(?:idea|ideas|invention|inventions|solution|solutions|plan|plans|discovery|discoveries|composer|composers|scientist|scientists|mathematician|physicist|inventor|inventors|masterpiece|goal|goals|insight|insights|trick|move|concept|strategy|architect)\b"},
         {"before_regex": r"(?i)(?:\b(?:that's|that is|it's|it is|this is|simply|absolutely|totally|just))\s*", "after_regex": r"[!]"}],
   flag=[("That is a genial idea.", "That is a brilliant idea."),
         ("This is simply genial!", "This is simply brilliant!")],
   **{"pass": ["Our genial host welcomed us.", "He was a genial man with a loud laugh.", "The climate is genial."]})

ff(key="hazard-gambling", lt=("hazard",),
   langs={"pl": "hazard", "ru": "азартные игры", "it": "gioco d'azzardo", "fr": "jeux de hasard",
          "es": "juegos de azar", "pt": "jogos de azar", "de": "Hasardspiel"},
   message="{lang} “{src}” means “gambling, games of chance”; an English “hazard” is a danger.",
   regex=r"\bhazard(?:ous)? (?:games?|gaming|industry|business|zones?|machines?|halls?)\b", replacements=["gambling"], confidence=0.85,
   unless={"before_regex": r"(?i)\b(?:health|fire|safety|road|flood|natural|occupational)\s*$"},
   flag=[("The city banned hazard games.", "The city banned gambling.")],
   **{"pass": ["Smoking is a health hazard.", "The game of hazard was played with dice in the Middle Ages."]})

ff(key="herb-coat-of-arms", lt=("herb",),
   langs={"pl": "herb", "ru": "герб"},
   message="{lang} “{src}” means “coat of arms”; an English “herb” is a plant used in cooking.",
   phrases=["herb"], replacements=["coat of arms"], confidence=0.85,
   when=[{"after_regex": r"(?i)of (?:the )?(?:city|town|village|country|region|voivodeship|province|county|oblast|krai|state|dynasty|noble family|republic|Poland|Russia|Ukraine|Lithuania|Moscow|Warsaw|Kraków|Krakow|Kyiv|Kiev|Gdańsk|Wrocław)\b"},
         {"before_regex": r"(?i)\b(?:city's|town's|country's|family's|republic's|region's|state's)\s*"}],
   flag=[("A white eagle is on the herb of Poland.", "A white eagle is on the coat of arms of Poland.")],
   **{"pass": ["Basil is a herb of the mint family.", "Add a herb of your choice.", "Parsley is the herb of the month."]})

ff(key="lazaret-hospital", lt=("lazaret",),
   langs={"pl": "lazaret", "ru": "лазарет", "de": "Lazarett"},
   message="{lang} “{src}” means “military hospital”; an English “lazaret” is a quarantine station.",
   phrases=["<lazaret>"], replacements=["<field hospital>", "<military hospital>"], confidence=0.8,
   when=[{"before_regex": r"(?i)\b(?:field|military|army|front|frontline|front-line|German|Soviet|war|Red Army)\s*"},
         {"before_regex": r"(?i)\b(?:wounded|soldiers?|officers?)\b[^.!?]{0,60}"}],
   flag=[("The wounded soldiers were taken to the lazaret.", "The wounded soldiers were taken to the field hospital.")],
   **{"pass": ["Ships had to wait at the lazaret for forty days.", "The old lazaret on the island is a museum."]})

ff(key="manifest-manifesto", lt=("manifest",),
   langs={"pl": "manifest", "de": "Manifest", "ru": "манифест", "nl": "manifest", "fr": "manifeste",
          "es": "manifiesto", "it": "manifesto", "pt": "manifesto"},
   message="{lang} “{src}” is a “manifesto”; an English “manifest” is a list of cargo or passengers.",
   phrases=["<manifest>"], replacements=["<manifesto|manifestos>"], confidence=0.85,
   when=[{"before_regex": r"(?i)\b(?:Communist|Futurist|Surrealist|election|electoral|party|political|artistic|literary|Dada|Dadaist|Bauhaus|Green|founding|feminist|ecological|programmatic|campaign)\s*",
          "after_regex": r"(?:[.,;:!?)]|(?i:of|by|was|is|called|calls|in|and|which|that|promised|promises)\b)"},
         {"before_regex": r"(?i)\b(?:publish|published|publishes|publishing|wrote|write|writes|written|writing|drafted|draft|read out|presented|unveiled|launched) (?:a|the|his|her|their|its|this|a new|an)\s*"}],
   unless={"before_regex": r"(?i)\b(?:cargo|passenger|flight|ship's|shipping|crew|customs)\s*$"},
   flag=[("Marx and Engels wrote the Communist Manifest in 1848.", "Marx and Engels wrote the Communist Manifesto in 1848."),
         ("The party published a new manifest.", "The party published a new manifesto.")],
   **{"pass": ["Check the passenger manifest.", "The captain signed the cargo manifest.", "Symptoms manifest after a week."]})

BOND_KIND = r"(?:government|state|treasury|corporate|municipal|savings|federal|Eurobond|euro|dollar|ruble|rouble|zloty|long-term|short-term|\d+-year|two-year|five-year|ten-year|thirty-year|convertible|zero-coupon|OFZ|sovereign)"
ff(key="obligation-bond", lt=("obligation",),
   langs={"pl": "obligacja", "ru": "облигация", "fr": "obligation", "de": "Obligation", "es": "obligación",
          "it": "obbligazione", "pt": "obrigação", "nl": "obligatie"},
   message="{lang} “{src}” (in finance) means “bond”; an English “obligation” is a duty.",
   phrases=["<obligation>"], replacements=["<bond>"], confidence=0.8,
   when=[{"after_regex": r"(?i)(?:market|markets|yield|yields|coupon|coupons|holder|holders|auction|auctions|issuance|portfolio|prices|rating|ratings|worth|for (?:\d|a total))\b"},
         {"before_regex": r"(?i)\b(?:buy|bought|buying|buys|sell|sold|selling|sells|issue|issued|issuing|issues|place|placed|placing|redeem|redeemed|redeeming|hold|held|holding|holds)\s+(?:\w+\s+)?" + BOND_KIND + r"\s*"}],
   flag=[("Yields on obligation markets rose sharply.", "Yields on bond markets rose sharply."),
         ("The ministry placed ten-year obligations worth 5 billion.", "The ministry placed ten-year bonds worth 5 billion.")],
   **{"pass": ["We have a moral obligation to help.", "The company met its obligations.", "There is no obligation to buy."]})

ff(key="occupant-occupier", lt=("occupant",),
   langs={"pl": "okupant", "ru": "оккупант", "fr": "occupant", "it": "occupante", "es": "ocupante", "pt": "ocupante"},
   message="{lang} “{src}” means “occupier, occupying forces”; an English “occupant” lives in a house or sits in a car.",
   phrases=["<occupant>"], replacements=["<occupier>"], confidence=0.8,
   when=[{"before_regex": r"(?i)\b(?:German|Nazi|Soviet|Russian|Israeli|Turkish|fascist|foreign|Japanese|enemy|Hitlerite|Hitler's|the)\s*",
          "after_regex": r"(?i)(?:shot|executed|deported|burned|burnt|looted|killed|murdered|arrested|shelled|occupied|destroyed|retreated|withdrew|left the city|were driven out)\b"},
         {"before_regex": r"(?i)\b(?:German|Nazi|Soviet|Russian|Israeli|Turkish|fascist|foreign|Japanese|Hitlerite|enemy)\s*"},
         {"before_regex": r"(?i)\b(?:against|expel|expelled|drive out|drove out|driven out|liberation from|resistance to|resist|resisted|fight|fought|fighting) (?:the )?(?:\w+ )?\s*"}],
   unless={"before_regex": r"(?i)\b(?:car|vehicle|the vehicle's|building|house|cell|seat|room)\s*$",
           "after_regex": r"(?i)of (?:the )?(?:car|vehicle|house|building|flat|apartment|room)\b"},
   flag=[("The German occupants shot 50 hostages.", "The German occupiers shot 50 hostages."),
         ("Partisans fought against the occupants.", "Partisans fought against the occupiers.")],
   **{"pass": ["The occupants of the car were unhurt.", "All occupants of the building were evacuated.", "Each occupant pays rent."]})

ff(key="paragon-receipt", lt=("paragon",),
   langs={"pl": "paragon"},
   message="Polish “paragon” is a till receipt; an English “paragon” is a model of excellence.",
   phrases=["<paragon>"], replacements=["<receipt>"], confidence=0.85, fix="safe",
   when=[{"before_regex": r"(?i)\b(?:cash|fiscal|till|store|shop|purchase|keep|kept|keeping|show|showed|lost|ask for|asked for|give|gave|print|printed|issue|issued|without a|with a|the)\s*(?:(?:the|a|your|my|his|her)\s+)?",
          "after_regex": r"(?:[.,;:!?)]|(?i:for|from|and|to|with)\b)"}],
   unless={"after_regex": r"(?i)of\b"},
   flag=[("Please keep the paragon.", "Please keep the receipt.")],
   **{"pass": ["She is a paragon of virtue.", "He was no paragon."]})

ff(key="physician-physicist", lt=("physician",),
   langs={"pl": "fizyk", "es": "físico", "fr": "physicien", "it": "fisico", "pt": "físico", "ru": "физик"},
   message="{lang} “{src}” means “physicist”; an English “physician” is a doctor.",
   phrases=["<physician>"], replacements=["<physicist>"], confidence=0.85,
   when=[{"before_regex": r"(?i)\b(?:theoretical|quantum|particle|atomic|experimental|solid-state|plasma|laser|high-energy|nuclear)\s*"},
         {"after_regex": r"(?i)(?:at|from) CERN\b"}],
   unless={"after_regex": r"(?i)(?:medicine|specialist|specialists)\b", "before_regex": r"(?i)\bnuclear medicine\s*$"},
   flag=[("Einstein was a theoretical physician.", "Einstein was a theoretical physicist.")],
   **{"pass": ["Her physician prescribed rest.", "He was a nuclear medicine physician."]})

POLITIC_NOUNS = r"(?:party|parties|situation|crisis|crises|system|life|scene|prisoners?|asylum|opponents?|leaders?|reasons|career|power|influence|pressure|forces|movement|movements|activity|activities|debate|science|scientist|analyst|analysts|elite|elites)"
ff(key="politic-political", lt=("politic@=polityczny",),
   langs={"pl": "polityczny", "de": "politisch", "fr": "politique", "es": "político", "it": "politico",
          "pt": "político", "ru": "политический", "nl": "politiek"},
   message="{lang} “{src}” means “political”; English “politic” means “wise, prudent”.",
   phrases=["politic"], replacements=["political"], confidence=0.9, fix="safe",
   when=[{"after_regex": r"(?i)" + POLITIC_NOUNS + r"\b"}],
   unless={"before_regex": r"(?i)\bbody\s*$"},
   flag=[("Poland has many politic parties.", "Poland has many political parties.")],
   **{"pass": ["It seemed politic to leave early.", "That was a politic decision.", "The body politic is divided."]})

ff(key="politic-politician", lt=("politic@=polityk",),
   langs={"pl": "polityk", "de": "Politiker", "ru": "политик", "nl": "politicus"},
   message="{lang} “{src}” means “politician”; English “politic” is an adjective (wise, prudent).",
   phrases=["politic"], replacements=["politician"], confidence=0.85,
   when=[{"before_regex": r"(?i)\b(?:a|the|this|that|every|each|any|famous|well-known|leading|opposition|conservative|liberal|Polish|Russian|German|Dutch|local|young|experienced|veteran|prominent|corrupt|populist|senior)\s*",
          "after_regex": r"(?:[.,;:!?)]|(?i:who|said|says|told|is|was|has|had|from|of|and|in|with)\b)"}],
   unless={"before_regex": r"(?i)\b(?:body|seem|seems|seemed|be|is|was|more|most|less|very)\s*$"},
   flag=[("A well-known politic said the plan would fail.", "A well-known politician said the plan would fail.")],
   **{"pass": ["It is not politic to criticise the king.", "The body politic is healthy."]})

ff(key="politic-policy", lt=("politic@=polityka",),
   langs={"pl": "polityka", "de": "Politik", "fr": "politique", "es": "política", "it": "politica",
          "pt": "política", "ru": "политика", "nl": "politiek"},
   message="{lang} “{src}” means “policy” or “politics”; English “politic” is an adjective (wise, prudent).",
   phrases=["politic"], replacements=["policy", "politics"], confidence=0.85,
   when=[{"before_regex": r"(?i)\b(?:foreign|domestic|economic|social|energy|monetary|fiscal|migration|immigration|climate|security|health|education|agricultural|industrial|trade|environmental|housing|family|tax|defence|defense|government's|regional|internal|European|the government's|his|her|their|its|our)\s*",
          "after_regex": r"(?:[.,;:!?)]|(?i:of|is|was|has|had|and|in|on|towards|toward|for|with)\b)"},
         {"before_regex": r"(?i)\b(?:in|into|about|of)\s*", "after_regex": r"(?:[.,;:!?)]|(?i:and|since|for)\b)"}],
   unless={"before_regex": r"(?i)\b(?:body|seem|seems|seemed|be|is|was|more|most|less|very)\s*$"},
   flag=[("The country changed its foreign politic.", "The country changed its foreign policy."),
         ("He has been in politic since 1990.", "He has been in policy since 1990.")],
   **{"pass": ["It was politic of her to agree.", "The body politic rejected the plan."]})

ff(key="polygon-range", lt=("polygon",),
   langs={"pl": "poligon", "ru": "полигон"},
   message="{lang} “{src}” means a military “training ground, firing range” or “test site” (or a landfill); an English “polygon” is a geometric figure.",
   phrases=["<polygon>"], replacements=["<training ground>", "<test site>", "<range>"], confidence=0.85,
   when=[{"before_regex": r"(?i)\b(?:military|army|tank|artillery|firing|shooting|training|nuclear|missile|rocket|bombing|test|testing)\s*"},
         {"after_regex": r"(?i)(?:near|in|at) (?:the village of|\p{Lu}\w+)\b[^.!?]{0,40}\b(?:soldiers|troops|exercises|drills|tanks|missiles?)\b"}],
   unless={"document": ["vertex", "vertices", "mesh", "triangle", "triangles", "geometry", "shader", "rendering", "polygons"]},
   flag=[("The troops trained at a military polygon near the border.", "The troops trained at a military training ground near the border.")],
   **{"pass": ["A hexagon is a polygon with six sides.", "The test polygon has four vertices."]})

ff(key="rapport-report", lt=("rapport",),
   langs={"pl": "raport", "ru": "рапорт", "fr": "rapport", "nl": "rapport", "de": "Rapport", "it": "rapporto"},
   message="{lang} “{src}” means “report”; English “rapport” is a good understanding between people.",
   phrases=["<rapport>"], replacements=["<report>"], confidence=0.85,
   when=[{"before_regex": r"(?i)\b(?:annual|final|official|police|military|daily|written|financial|quarterly|monthly|weekly|detailed|preliminary|interim|secret|confidential)\s*"},
         {"before_regex": r"(?i)\b(?:submit|submitted|submits|submitting|publish|published|publishes|publishing|wrote|write|writes|written|prepared|prepare|prepares|presented|present|presents|filed|file|files|draft|drafted|read) (?:a|the|his|her|their|its|an|this|our|new)\s*"},
         {"after_regex": r"(?i)(?:on|about) (?:the )?(?:state|situation|results|activities|incident|progress|implementation)\b"}],
   unless={"before_regex": r"(?i)\b(?:good|close|strong|instant|great|excellent|easy|warm|real|special|natural)\s*$"},
   flag=[("The ministry published its annual rapport.", "The ministry published its annual report."),
         ("He submitted a rapport on the incident.", "He submitted a report on the incident.")],
   **{"pass": ["She has a good rapport with her students.", "They built rapport over dinner."]})

ff(key="rate-instalment", lt=("rate", "rates"),
   langs={"pl": "rata", "de": "Rate", "it": "rata"},
   message="{lang} “{src}” means “instalment” (a part payment); an English “rate” is a price or speed.",
   regex=r"\bin (\d+|two|three|four|five|six|ten|twelve|several|monthly|equal|small|(?:\d+|two|three|four|five|six|ten|twelve) (?:monthly|equal|small)) rates\b",
   replacements=["in $1 instalments", "in $1 installments"], confidence=0.85,
   when=[{"before_regex": r"(?i)\b(?:pay|paid|paying|pays|payable|buy|bought|buying|purchase|purchased|repay|repaid|repaying|sold|sell|financed|finance|settle|settled)\b[^.!?]{0,40}"}],
   flag=[("You can pay for the car in 24 rates.", "You can pay for the car in 24 instalments.")],
   **{"pass": ["Prices rose in several rates of inflation.", "Banks lend money at low rates."]})

ff(key="rumour-noise", lt=("rumour",),
   langs={"it": "rumore", "pl": "rumor"},
   message="{lang} “{src}” means “noise”; an English “rumour” is unconfirmed gossip.",
   regex=r"\b(?:rumou?rs?)\b", replacements=["noise"], confidence=0.8,
   when=[{"before_regex": r"(?i)\b(?:loud|deafening|ear-splitting|metallic|mechanical|engine|traffic|background|strange metallic|terrible loud)\s*"},
         {"before_regex": r"(?i)\b(?:make|makes|made|making) (?:a lot of |so much |too much |a |any |no |a loud )?\s*"}],
   flag=[("A loud rumour woke us at night.", "A loud noise woke us at night."),
         ("Please don't make rumour after ten.", "Please don't make noise after ten.")],
   **{"pass": ["There is a rumour that he will resign.", "Rumours of a merger lifted the shares.", "A strange rumour spread."]})

ff(key="salad-lettuce", lt=("salad",),
   langs={"pl": "sałata", "de": "Salat", "ru": "салат", "fr": "salade", "it": "insalata"},
   message="{lang} “{src}” also means “lettuce” (the plant); an English “salad” is the dish.",
   phrases=["salad"], replacements=["lettuce"], confidence=0.85, fix="safe",
   when=[{"before_regex": r"(?i)\b(?:heads? of|iceberg|romaine|butterhead|a head of)\s*"}],
   flag=[("Buy two heads of salad.", "Buy two heads of lettuce.")],
   **{"pass": ["We had a green salad with dinner.", "A potato salad is easy to make."]})

ff(key="smoking-dinner-jacket", lt=("smoking",),
   langs={"pl": "smoking", "es": "smoking", "de": "Smoking", "fr": "smoking", "it": "smoking", "nl": "smoking",
          "pt": "smoking", "ru": "смокинг"},
   message="{lang} “{src}” means “dinner jacket, tuxedo”; English “smoking” is the act of smoking.",
   phrases=["smoking"], replacements=["dinner jacket", "tuxedo"], confidence=0.85,
   when=[{"before_regex": r"(?i)\b(?:wear|wears|wore|wearing|worn|in|dressed in|put on|puts on|putting on|rented|rent|rents|renting|bought|buy|buys|borrowed)\s+(?:a|an|his|the|my|your|their|black|white|elegant|new|rented|dark)(?:\s+(?:black|white|elegant|new|rented|dark|blue|velvet))?\s*",
          "after_regex": r"(?:[.,;:!?)]|$|(?i:and|with|for|to|at|on|or)\b)"}],
   flag=[("He wore a black smoking to the gala.", "He wore a black dinner jacket to the gala.")],
   **{"pass": ["He quit smoking last year.", "He wore a smoking jacket.", "We sat in a smoking area.", "She was caught smoking."]})

ff(key="transparent-banner", lt=("transparent", "transparency"),
   langs={"pl": "transparent", "ru": "транспарант", "de": "Transparent"},
   message="{lang} “{src}” is a “banner” carried in a protest; English “transparent” means see-through.",
   regex=r"\b(?:transparents|transparencies)\b", replacements=["banners"], confidence=0.85,
   when=[{"before_regex": r"(?i)\b(?:carried|carry|carrying|carries|held|hold|holding|holds|waved|waving|unfurled|unfurl|raised|with|protesters|demonstrators|fans|marchers)\b[^.!?]{0,30}"}],
   unless={"after_regex": r"(?i)(?:for the|on the|of the) (?:overhead|projector|slide|lecture)\b"},
   flag=[("Protesters carried transparents with slogans against the war.", "Protesters carried banners with slogans against the war.")],
   **{"pass": ["The teacher put transparencies on the overhead projector.", "The glass is transparent."]})

ff(key="wagon-carriage", lt=("wagon",),
   langs={"pl": "wagon", "ru": "вагон", "de": "Waggon/Wagen", "fr": "wagon", "it": "vagone", "es": "vagón",
          "pt": "vagão", "nl": "wagon"},
   message="{lang} “{src}” is a railway “carriage” or “car”; an English “wagon” is a cart or a goods wagon.",
   phrases=["<wagon>"], replacements=["<car>", "<carriage>"], confidence=0.8,
   when=[{"before_regex": r"(?i)\b(?:sleeping|sleeper|dining|restaurant|first-class|second-class|metro|subway|underground|tram|commuter|compartment|buffet|couchette|reserved-seat|train)\s*"},
         {"before_regex": r"(?i)\b(?:the|a|last|first|next|third|fourth|fifth|\d+(?:st|nd|rd|th))\s*",
          "after_regex": r"(?i)of the (?:train|metro|subway|tram|express)\b"}],
   unless={"before_regex": r"(?i)\b(?:freight|goods|coal|cattle|horse|horse-drawn|covered|station|chuck|paddy|water)\s*$"},
   flag=[("We had a sleeping wagon to Kraków.", "We had a sleeping car to Kraków."),
         ("The last wagon of the train was empty.", "The last car of the train was empty.")],
   **{"pass": ["A horse pulled the wagon.", "Coal wagons lined the siding.", "They circled the wagons."]})

ff(key="frequency-turnout", lt=("frequency",),
   langs={"pl": "frekwencja"},
   message="Polish “frekwencja” means “turnout” (of voters) or “attendance”; English “frequency” means “how often”.",
   phrases=["frequency"], replacements=["turnout"], confidence=0.85,
   when=[{"before_regex": r"(?i)\b(?:voter|electoral|election|referendum)\s*"},
         {"after_regex": r"(?i)(?:in|at|during|for) (?:the |this |these |last |yesterday's |Sunday's )?(?:\w+ )?(?:elections?|referendum|vote|voting|polls?|ballot)\b"}],
   flag=[("Frequency in the elections was 62 per cent.", "Turnout in the elections was 62 per cent.")],
   **{"pass": ["The frequency of elections is set by law.", "Radio frequency interference was high."]})

ff(key="patron-cartridge", lt=("patron",),
   langs={"ru": "патрон", "de": "Patrone"},
   message="{lang} “{src}” means “cartridge” (of a gun or a printer); a “patron” is a supporter or customer.",
   phrases=["<patron>"], replacements=["<cartridge>"], confidence=0.85,
   when=[{"before_regex": r"(?i)\b(?:ink|toner|printer|live|blank|spent|empty|rifle|pistol|gun|hunting)\s*"},
         {"after_regex": r"(?i)(?:for|of) (?:the |a |his |her )?(?:rifle|pistol|gun|weapon|machine gun|Kalashnikov|printer|calibre|caliber)\b"}],
   unless={"after_regex": r"(?i)(?:of the arts|saint|of the (?:restaurant|bar|pub|library|club|museum))\b"},
   flag=[("The printer needs a new ink patron.", "The printer needs a new ink cartridge."),
         ("Police found 200 live patrons in the car.", "Police found 200 live cartridges in the car.")],
   **{"pass": ["The pub's patrons cheered.", "She is a patron of the arts.", "Patrons of the library can borrow ebooks."]})

# -------------------------------------------------- Russian, Italian, Dutch and Spanish pairs

ff(key="ball-point", lt=("ball",),
   langs={"ru": "балл"},
   message="Russian “балл” is a “point” (in a score or exam); an English “ball” is round.",
   regex=r"\b(\d+|one|two|three|four|five|ten|hundred)[- ]balls?\b", replacements=["$1-point"], confidence=0.85,
   when=[{"after_regex": r"(?i)(?:scale|system|rating)\b"}],
   flag=[("Students are graded on a five-ball scale.", "Students are graded on a five-point scale.")],
   **{"pass": ["He faced 30 balls and scored 50.", "She juggled three balls."]})

ff(key="balls-points", lt=("ball",),
   langs={"ru": "балл"},
   message="Russian “балл” is a “point” (in a score or exam); English “balls” are round.",
   regex=r"\b(\d+|maximum|the maximum) balls\b", replacements=["$1 points"], confidence=0.85,
   when=[{"after_regex": r"(?i)(?:out of \d+|(?:on|in|at|for) the (?:exam|test|Unified State Exam|USE|EGE|olympiad))\b"}],
   flag=[("She scored 98 balls out of 100.", "She scored 98 points out of 100.")],
   **{"pass": ["He bowled 98 balls in the match.", "We bought 10 balls for the club."]})

ff(key="balloon-cylinder", lt=("balloon",),
   langs={"ru": "баллон"},
   message="Russian “(газовый) баллон” is a gas “cylinder” or “canister”; an English “balloon” floats.",
   phrases=["<balloon>"], replacements=["<cylinder>", "<canister>"], confidence=0.8,
   when=[{"before_regex": r"(?i)\b(?:oxygen|propane|butane|aerosol|diving|scuba|CO2|carbon dioxide|nitrogen|acetylene|welding|household gas|domestic gas|fire extinguisher)\s*"},
         {"before_regex": r"(?i)\bgas\s*", "after_regex": r"(?i)(?:exploded|explosion|blast|leaked|leak|burst)\b"},
         {"before_regex": r"(?i)\b(?:explosion|blast) of (?:a |the )?(?:household |domestic )?gas\s*"}],
   flag=[("A gas balloon exploded in a flat in Omsk.", "A gas cylinder exploded in a flat in Omsk."),
         ("Divers carry oxygen balloons.", "Divers carry oxygen cylinders.")],
   **{"pass": ["They flew across the Alps in a gas balloon.", "The children released helium balloons."]})

ff(key="list-sheet", lt=("list",),
   langs={"ru": "лист"},
   message="Russian “лист” (of paper or metal) is a “sheet”; an English “list” is a series of items.",
   regex=r"\b(lists?) of (paper|A4|plywood|metal|steel|iron|glass|cardboard|drywall|tin)\b", replacements=["sheet of $2"], confidence=0.8,
   when=[{"after_regex": r"(?:[.,;:!?)]|(?i:and|on|with|in|from|to|was|is)\b)"}],
   flag=[("He wrote the address on a list of paper.", "He wrote the address on a sheet of paper.")],
   **{"pass": ["She made a list of papers to read.", "A list of steel producers was published."]})

ff(key="magazine-shop", lt=("magazine",),
   langs={"ru": "магазин", "fr": "magasin"},
   message="{lang} “{src}” means “shop, store”; an English “magazine” is a periodical.",
   phrases=["<magazine>"], replacements=["<shop>", "<store>"], confidence=0.8,
   when=[{"before_regex": r"(?i)\b(?:went|go|goes|going|walked|ran|come|came|popped|drove) (?:in|into|to) (?:the|a) (?:(?:nearest|local|small|nearby|grocery|food|big|corner)\s+)?",
          "after_regex": r"(?:[.,;:!?)]|(?i:to|for|and|on|near|around|in|at|with|after)\b)"},
         {"before_regex": r"(?i)\b(?:buy|bought|buying|buys|purchased|purchase|sells|sold|selling|cashier|shelves|queue)\b[^.!?]{0,30}\b(?:in|at|from) (?:the|a) (?:(?:nearest|local|small|nearby|grocery|food|big|corner)\s+)?",
          "after_regex": r"(?:[.,;:!?)]|(?i:and|near|around|on|for|in)\b)"}],
   unless={"after_regex": r"(?i)(?:'s|of|article|editor|issue|cover)\b"},
   flag=[("I went to the magazine to buy bread.", "I went to the shop to buy bread."),
         ("She bought milk in the nearest magazine.", "She bought milk in the nearest shop.")],
   **{"pass": ["I bought the latest issue at the newsagent; the magazine is monthly.", "He read it in a magazine.",
               "She went to the magazine office."]})

ff(key="police-policy", lt=("police",),
   langs={"ru": "полис", "pl": "polisa"},
   message="{lang} “{src}” means an insurance “policy”; the English “police” enforce the law.",
   phrases=["police"], replacements=["policy"], confidence=0.9, fix="safe",
   when=[{"before_regex": r"(?i)\b(?:insurance|medical insurance|health insurance|car insurance|life insurance|OSAGO|CASCO|compulsory insurance|insurance company's)\s*"}],
   flag=[("You need a medical insurance police for the visa.", "You need a medical insurance policy for the visa.")],
   **{"pass": ["The police arrested him.", "Call the police."]})

ff(key="revision-audit", lt=("revision",),
   langs={"ru": "ревизия", "de": "Revision", "fr": "révision", "it": "revisione"},
   message="{lang} “{src}” of accounts is an “audit”; an English “revision” is a change to a text.",
   phrases=["<revision>"], replacements=["<audit>", "<inspection>"], confidence=0.8,
   when=[{"after_regex": r"(?i)of (?:the )?(?:accounts|books|finances|financial statements|cash register|cash desk|warehouse|stock|company's finances|enterprise|accounting)\b"},
         {"before_regex": r"(?i)\b(?:financial|internal|external|accounting|surprise|unscheduled)\s*"},
         {"after_regex": r"(?i)(?:commission|committee)\b"}],
   unless={"after_regex": r"(?i)(?:of (?:the )?(?:text|draft|law|constitution|treaty|bill|manuscript|book|plan|forecast|figures|estimate))\b"},
   flag=[("The revision of the accounts revealed a shortfall.", "The audit of the accounts revealed a shortfall."),
         ("An internal revision found no fraud.", "An internal audit found no fraud.")],
   **{"pass": ["The second revision of the text is ready.", "A revision of the forecast is expected.", "Exam revision starts in May."]})

ff(key="ton-tone", lt=("ton",),
   langs={"ru": "тон", "de": "Ton", "fr": "ton", "it": "tono", "es": "tono", "pt": "tom", "pl": "ton", "nl": "toon"},
   message="{lang} “{src}” means “tone” (of voice or of a text); a “ton” is a weight.",
   phrases=["ton"], replacements=["tone"], confidence=0.9, fix="safe",
   when=[{"before_regex": r"(?i)\bin an? (?:(?:very|more|rather|quite|calm|rude|harsh|friendly|polite|threatening|raised|sharp|different|serious|commanding|soft|aggressive|angry|conciliatory|mocking|ironic|cold|warm|joking|official|respectful|dry)\s+)+"},
         {"before_regex": r"(?i)\b(?:the|this|that|his|her|their|its|a)\s*", "after_regex": r"(?i)of (?:the |his |her |their |its )?(?:voice|conversation|letter|article|speech|statement|discussion|debate|remarks|message|comments|talks|negotiations)\b"}],
   flag=[("He answered in a calm ton.", "He answered in a calm tone."),
         ("The ton of the letter was friendly.", "The tone of the letter was friendly.")],
   **{"pass": ["The truck weighs a ton.", "A ton of coal was delivered."]})

ff(key="translation-broadcast", lt=("translation",),
   langs={"ru": "трансляция"},
   message="Russian “трансляция” means “broadcast”; an English “translation” renders a text in another language.",
   phrases=["<translation>"], replacements=["<broadcast>"], confidence=0.85,
   when=[{"before_regex": r"(?i)\b(?:live|online|direct|TV|television|radio|video)\s*",
          "after_regex": r"(?i)(?:of|from) (?:the )?(?:match|game|concert|ceremony|parade|launch|service|competition|race|festival|tournament|final|championship)\b"},
         {"after_regex": r"(?i)of the (?:match|game|concert|parade|race|tournament|final|championship)\b"}],
   flag=[("The live translation of the match starts at eight.", "The live broadcast of the match starts at eight.")],
   **{"pass": ["A live translation of the speech was provided.", "The translation of the novel took a year."]})

ff(key="utilize-dispose", lt=("utilize",),
   langs={"ru": "утилизировать"},
   message="Russian “утилизировать” means “dispose of, destroy, recycle”; English “utilize” means “use”.",
   phrases=["{utilize}", "{utilise}"], replacements=["{dispose} of", "{destroy}"], confidence=0.8,
   when=[{"after_regex": r"(?i)(?:the |all |old |expired |obsolete |decommissioned |surplus )*(?:ammunition|weapons|chemical weapons|missiles|munitions|submarines|corpses|carcasses|medical waste|radioactive waste|nuclear waste)\b"}],
   flag=[("The army will utilize the old ammunition.", "The army will dispose of the old ammunition.")],
   **{"pass": ["The plant utilizes waste heat.", "The army utilized drones in the attack."]})

ff(key="utilization-disposal", lt=("utilize",),
   langs={"ru": "утилизация"},
   message="Russian “утилизация” means “disposal, destruction”; English “utilization” means “use”.",
   phrases=["utilization", "utilisation"], replacements=["disposal", "destruction"], confidence=0.85,
   when=[{"after_regex": r"(?i)of (?:the |all |old |expired |obsolete |decommissioned |surplus )*(?:ammunition|weapons|chemical weapons|missiles|munitions|nuclear submarines|submarines|old cars|corpses|carcasses|medical waste|radioactive waste|nuclear waste)\b"}],
   flag=[("The utilization of chemical weapons was completed in 2017.", "The disposal of chemical weapons was completed in 2017.")],
   **{"pass": ["Utilization of hospital beds rose to 90%.", "The utilization of solar energy is growing."]})

ff(key="brave-good", lt=("brave",),
   langs={"it": "bravo"},
   message="Italian “bravo (in)” means “good (at), skilled”; English “brave” means “courageous”.",
   phrases=["brave"], replacements=["good"], confidence=0.8,
   when=[{"after_regex": r"(?i)(?:at|in) (?:maths|math|mathematics|school|cooking|football|soccer|tennis|drawing|languages|English|Italian|French|German|music|chess|painting|singing|dancing|sports?)\b"}],
   flag=[("My son is very brave at maths.", "My son is very good at maths.")],
   **{"pass": ["He was brave in battle.", "Be brave at the dentist's.", "She was brave in the face of danger."]})

ff(key="comprehensive-understanding", lt=("comprehensive",),
   langs={"it": "comprensivo", "es": "comprensivo"},
   message="{lang} “{src}” (of a person) means “understanding, sympathetic”; English “comprehensive” means “complete”.",
   phrases=["comprehensive"], replacements=["understanding"], confidence=0.85,
   when=[{"after_regex": r"(?i)(?:with|towards|toward) (?:me|him|her|them|us|you|my|his|her|their|our|the (?:students|employees|patients|children|staff|pupils|situation))\b"},
         {"before_regex": r"(?i)\b(?:he|she|they|you|I|my (?:boss|teacher|mother|father|wife|husband)|the (?:teacher|boss|doctor|judge)) (?:was|were|is|are|am|has been|have been) (?:very |so |really |extremely |most |always )?",
          "after_regex": r"(?:[.,;!?]|(?i:and|with|towards|about)\b)"}],
   flag=[("The teacher was very comprehensive with the pupils.", "The teacher was very understanding with the pupils.")],
   **{"pass": ["The report is very comprehensive.", "We offer comprehensive insurance.", "It was comprehensive and clear."]})

ff(key="definitely-permanently", lt=("definitely",),
   langs={"it": "definitivamente", "fr": "définitivement", "es": "definitivamente", "pt": "definitivamente"},
   message="{lang} “{src}” means “permanently, for good”; English “definitely” means “certainly”.",
   phrases=["definitely"], replacements=["permanently", "for good"], confidence=0.75,
   when=[{"before_regex": r"(?i)\b(?:closed|close|closes|left|leave|leaves|abandoned|retired|retire|retires|moved|settled|stopped|quit|banned|cancelled|canceled|removed|deleted|eliminated|resolved|settled|disappeared|gone|lost|ended|shut down|shut|abolished|withdrawn|withdrew)\s*",
          "after_regex": r"(?:[.,;:!?)]|$|(?i:in|on|at|from|after|and|since|the|its|his|her|their)\b)"}],
   flag=[("The factory closed definitely in 2010.", "The factory closed permanently in 2010."),
         ("He left definitely the country.", "He left permanently the country.")],
   **{"pass": ["He definitely left the keys here.", "The shop is definitely closed.", "I will definitely come."]})

ff(key="fastidious-annoying", lt=("fastidious",),
   langs={"it": "fastidioso", "es": "fastidioso"},
   message="{lang} “{src}” means “annoying, irritating”; English “fastidious” means “fussy, meticulous”.",
   phrases=["fastidious"], replacements=["annoying"], confidence=0.85,
   when=[{"after_regex": r"(?i)(?:noise|noises|sound|sounds|mosquito|mosquitoes|flies|insects|itch|itching|cough|smell|odour|odor|pain|buzz|buzzing|ringtone|delay|delays|interruptions)\b"},
         {"before_regex": r"(?i)\b(?:it is|it's|it was|this is|that is|that's|how) (?:very |really |so |quite |a bit |rather )?", "after_regex": r"(?i)(?:to|when|that|how|!)"}],
   flag=[("The fastidious noise kept us awake.", "The annoying noise kept us awake."),
         ("It is very fastidious to wait so long.", "It is very annoying to wait so long.")],
   **{"pass": ["He is fastidious about his clothes.", "A fastidious editor checked every comma."]})

ff(key="firm-signature", lt=("firm",),
   langs={"it": "firma", "es": "firma"},
   message="{lang} “{src}” means “signature”; an English “firm” is a company.",
   phrases=["<firm>"], replacements=["<signature>"], confidence=0.85,
   when=[{"before_regex": r"(?i)\b(?:put|puts|putting|placed|place|need|needs|needed|forged|forge|handwritten|digital) (?:your |his |her |their |my |a |the )?\s*",
          "after_regex": r"(?i)(?:on|under|at the bottom|here|below)\b"},
         {"before_regex": r"(?i)\b(?:collect|collected|collecting|collects|gathered|gather|gathering) (?:\d[\d,.]*|thousands of|hundreds of|more than \d[\d,.]*)\s*"},
         {"before_regex": r"(?i)\b(?:forged|handwritten|illegible)\s*"}],
   flag=[("Please put your firm at the bottom of the page.", "Please put your signature at the bottom of the page."),
         ("They collected 50,000 firms for the petition.", "They collected 50,000 signatures for the petition.")],
   **{"pass": ["She works for a law firm.", "He took a firm stand.", "The firm was founded in 1990."]})

ff(key="parent-relative", lt=("parent",),
   langs={"it": "parente", "fr": "parent", "es": "pariente", "pt": "parente"},
   message="{lang} “{src}” means “relative”; an English “parent” is a mother or father.",
   phrases=["<parent>"], replacements=["<relative>"], confidence=0.85,
   when=[{"before_regex": r"(?i)\b(?:distant|near|close)\s*", "after_regex": r"(?:[.,;:!?)]|(?i:of|in|and|who|from|live|lives|lived)\b)"},
         {"before_regex": r"(?i)\b(?:uncles?|aunts?|cousins?|grandparents?|nephews?|nieces?)(?:,? and| or) other\s*"}],
   unless={"after_regex": r"(?i)(?:-child|child|company|companies)\b"},
   flag=[("He is a distant parent of mine.", "He is a distant relative of mine."),
         ("Cousins and other parents came to the wedding.", "Cousins and other relatives came to the wedding.")],
   **{"pass": ["Each parent signed the form.", "Uncles and parents met at school.", "She has a close parent-child bond."]})

ff(key="pretend-demand", lt=("pretend",),
   langs={"it": "pretendere"},
   message="Italian “pretendere” means “demand, expect”; English “pretend” means “act as if”.",
   phrases=["{pretend}"], replacements=["{expect}", "{demand}"], confidence=0.8,
   when=[{"after_regex": r"(?i)(?:respect|an apology|apologies|compensation|more|too much|so much|a lot|everything|perfection|the truth|obedience|silence)\s+from\b"}],
   flag=[("You cannot pretend too much from children.", "You cannot expect too much from children.")],
   **{"pass": ["He pretended to be asleep.", "Don't pretend you know.", "She pretended nothing was wrong."]})

ff(key="paragon-comparison", lt=("paragon",),
   langs={"it": "paragone"},
   message="Italian “paragone” means “comparison”; an English “paragon” is a model of excellence.",
   phrases=["in paragon with", "in paragon to"], replacements=["compared with", "in comparison with"], confidence=0.9, fix="safe",
   flag=[("Prices are low in paragon with Milan.", "Prices are low compared with Milan.")],
   **{"pass": ["She was a paragon of virtue.", "He is no paragon."]})

ff(key="agenda-diary", lt=("agenda",),
   langs={"nl": "agenda", "fr": "agenda", "es": "agenda", "it": "agenda", "pt": "agenda"},
   message="{lang} “{src}” also means “diary, calendar” (for appointments); an English “agenda” is the list of items for a meeting.",
   phrases=["agenda"], replacements=["diary", "calendar"], confidence=0.8,
   when=[{"before_regex": r"(?i)\b(?:write|wrote|written|writes|put|puts|note|noted|notes|enter|entered|mark|marked|check|checked|look|looked|looking|have it|had it|it's|it is|is) (?:it |that |this |the (?:date|appointment|meeting|birthday) )?(?:down )?in (?:my|your|his|her|our|their)\s*"}],
   flag=[("I wrote the appointment in my agenda.", "I wrote the appointment in my diary."),
         ("Let me look in my agenda.", "Let me look in my diary.")],
   **{"pass": ["The budget is on the agenda.", "He has a hidden agenda.", "Put it on your agenda for Monday."]})

ff(key="all-but-anything-but", lt=("all but",),
   langs={"nl": "allesbehalve"},
   message="Dutch “allesbehalve” means “anything but” (not at all); English “all but” means “almost”.",
   phrases=["all but"], replacements=["anything but"], confidence=0.6,
   when=[{"after_regex": r"(?i)(?:easy|simple|pleasant|nice|cheap|clear|obvious|fun|funny|friendly|good|great|happy|satisfied|pleased|perfect|smooth|relaxed)\s*(?:[.,;:!?]|$|(?i:and|but|for|to)\b)"}],
   flag=[("The trip was all but pleasant: it rained every day.", "The trip was anything but pleasant: it rained every day.")],
   **{"pass": ["The town was all but destroyed.", "It is all but impossible.", "He all but won the race."]})

ff(key="want-wall", lt=("want",),
   langs={"nl": "wand"},
   message="Dutch “wand” means “wall”; English “want” is a wish or lack.",
   phrases=["want"], replacements=["wall"], confidence=0.85, fix="safe",
   when=[{"before_regex": r"(?i)\b(?:on|against|to|from|off|onto) the\s*", "after_regex": r"(?:[.,;:!?)]|(?i:and|in|of the (?:room|house|kitchen|bedroom|living room))\b)"}],
   unless={"after_regex": r"(?i)of (?:food|money|water|evidence|anything|a|an|the (?:money|means|necessary))\b"},
   flag=[("She hung the picture on the want.", "She hung the picture on the wall.")],
   **{"pass": ["He died for the want of food.", "They lived in want.", "We want to go."]})

ff(key="prevent-warn", lt=("prevent",),
   langs={"es": "prevenir", "fr": "prévenir", "pt": "prevenir"},
   message="{lang} “{src}” here means “warn”; English “prevent” means “stop something from happening”.",
   phrases=["{prevent}"], replacements=["{warn}"], confidence=0.85,
   when=[{"after_regex": r"(?i)(?:me|him|her|us|them|you|the (?:population|public|people|citizens|residents|tourists|guests|staff)) (?:about|of|against|that)\b"}],
   flag=[("The police prevented the residents about the storm.", "The police warned the residents about the storm.")],
   **{"pass": ["The police prevented the residents from leaving.", "This will prevent them from falling."]})

ff(key="carpet-folder", lt=("carpet",),
   langs={"es": "carpeta"},
   message="Spanish “carpeta” means “folder”; an English “carpet” covers the floor.",
   phrases=["<carpet>"], replacements=["<folder>"], confidence=0.75,
   when=[{"before_regex": r"(?i)\b(?:documents?|files?|papers|photos|pictures|invoices|contracts)\b[^.!?]{0,40}\b(?:in|into|to|from)\s+(?:the|a|this|that|your|my|his|her|our|their|blue|red|green|new|shared)\s+(?:\w+\s+)?",
          "after_regex": r"(?:[.,;:!?)]|(?i:and|on|named|called|with)\b)"},
         {"after_regex": r"(?i)(?:with|containing|full of) (?:the |all the |his |her |my |our |your )?(?:documents|papers|files|contracts|invoices)\b"}],
   flag=[("Keep all the documents in the blue carpet.", "Keep all the documents in the blue folder.")],
   **{"pass": ["The carpet in the hall is red.", "He spilled coffee on the carpet."]})

ff(key="scholar-school", lt=("scholar",),
   langs={"es": "escolar", "fr": "scolaire", "pt": "escolar"},
   message="{lang} “{src}” is an adjective, “school” (the school year, school bus); an English “scholar” is a learned person.",
   phrases=["scholar"], replacements=["school"], confidence=0.9, fix="safe",
   when=[{"after_regex": r"(?i)(?:year|years|bus|buses|transport|uniform|uniforms|canteen|canteens|calendar|holidays|vacation|supplies|material|materials|books|textbooks|age|population|dropout|failure|absenteeism|centre|center|centres|centers|trip|trips|excursion|meals|fees)\b"}],
   flag=[("The scholar year starts in September.", "The school year starts in September.")],
   **{"pass": ["She is a scholar of Greek.", "The scholar published a new book.", "He was a Rhodes scholar."]})

# --------------------------------------------------------------- more pairs and calques

ff(key="consequently-consistently", lt=("consequently",),
   langs={"de": "konsequent", "es": "consecuentemente", "pl": "konsekwentnie"},
   message="{lang} “{src}” means “consistently, resolutely”; English “consequently” means “as a result”.",
   description="Flagged only right after a verb of acting (“invest/act/implement/apply/pursue consequently”), where “as a result” cannot be meant.",
   phrases=["consequently"], replacements=["consistently", "resolutely"], confidence=0.75,
   when=[{"before_regex": r"(?i)\b(?:invest|invests|invested|investing|act|acts|acted|acting|implement|implements|implemented|implementing|apply|applies|applied|applying|pursue|pursues|pursued|pursuing|enforce|enforces|enforced|enforcing|follow|follows|followed|following|push|pushed|continue|continued|work|worked)\s*",
          "after_regex": r"(?:[.,;:!?)]|(?i:in|on|with|and|against|for|to)\b)"}],
   flag=[("She called on the board to invest consequently in electric cars.", "She called on the board to invest consistently in electric cars.")],
   **{"pass": ["Sales fell and consequently the firm cut jobs.", "Prices rose; consequently, demand fell."]})

ff(key="exposition-exhibition", lt=(),
   langs={"es": "exposición", "fr": "exposition", "it": "esposizione", "pt": "exposição", "ru": "экспозиция",
          "pl": "ekspozycja"},
   message="{lang} “{src}” (of art) is an “exhibition” in English; an “exposition” is a detailed explanation or a world fair.",
   phrases=["<exposition>"], replacements=["<exhibition>"], confidence=0.8,
   when=[{"after_regex": r"(?i)(?:dedicated to|devoted to|on|of (?:works|paintings|photographs|drawings|sculptures)|to the (?:painter|artist|sculptor|photographer|architect))\b"},
         {"before_regex": r"(?i)\b(?:museum|gallery|art|photo|photography|painting|permanent|temporary|retrospective|major|new)\s*",
          "after_regex": r"(?:[.,;:!?)]|(?i:at|in|of|opens|opened|will|is|was|runs|ran|and|about|dedicated|devoted|featuring|shows|showed)\b)"}],
   unless={"after_regex": r"(?i)of (?:the |his |her |this )?(?:theory|argument|idea|ideas|thesis|doctrine|plan|problem)\b"},
   flag=[("The museum dedicates a major exposition to the painter Carmen Lloret.", "The museum dedicates a major exhibition to the painter Carmen Lloret.")],
   **{"pass": ["The 1889 Universal Exposition in Paris.", "His exposition of the theory was clear."]})

ff(key="editorial-publisher", lt=(),
   langs={"es": "editorial", "it": "editore", "pt": "editora"},
   message="{lang} “{src}” is a “publisher”; an English “editorial” is an opinion article.",
   phrases=["editorial"], replacements=["publisher"], confidence=0.85,
   when=[{"before_regex": r"(?i)\b(?:by|from|with|at) (?:the |an? )?(?:small |independent |Spanish |Catalan |Mexican |Argentine |Italian |Portuguese |Brazilian )?\s*",
          "after_regex": r"\p{Lu}"}],
   unless={"after_regex": r"(?:The|Le|Le |La |El |Il |O )?\s*(?:Times|Post|Guardian|Journal|Economist|Tribune|Herald)\b"},
   flag=[("The catalogue was published by the editorial Luz de Agosto.", "The catalogue was published by the publisher Luz de Agosto.")],
   **{"pass": ["In an editorial, the newspaper criticised the plan.", "The editorial board met on Monday."]})

ff(key="give-a-conference", lt=(),
   langs={"es": "dar una conferencia", "fr": "donner une conférence", "it": "tenere una conferenza",
          "pt": "dar uma conferência"},
   message="{lang} “{src}” means “give a lecture, a talk”; an English “conference” is a meeting of many people.",
   phrases=["<conference>"], replacements=["<lecture>", "<talk>"], confidence=0.8,
   when=[{"before_regex": r"(?i)\b(?:give|gives|gave|given|giving|deliver|delivers|delivered|delivering) (?:a|an|the|his|her|their)\s*(?:(?:public|short|free|special|keynote)\s+)?",
          "after_regex": r"(?i)(?:on|about)\b"}],
   unless={"before_regex": r"(?i)\bpress\s*$"},
   flag=[("The curator will give a conference on the artist's work.", "The curator will give a lecture on the artist's work.")],
   **{"pass": ["The minister gave a press conference on Monday.", "She attended a conference on climate."]})

ff(key="argument-plot", lt=(),
   langs={"es": "argumento", "it": "argomento/trama", "pt": "argumento", "fr": "argument"},
   message="{lang} “{src}” (of a film or novel) is the “plot”; an English “argument” is a reason or a quarrel.",
   phrases=["argument"], replacements=["plot", "story"], confidence=0.8,
   when=[{"after_regex": r"(?i)of the (?:film|movie|novel|play|documentary|opera|series|musical|book|episode)\b"},
         {"before_regex": r"(?i)\bwhose\s*", "after_regex": r"(?i)(?:follows|tells|is about|revolves|centres|centers|takes place|is set)\b"}],
   unless={"after_regex": r"(?i)of the (?:book|film) (?:is that|was that)\b"},
   flag=[("The documentary, whose argument follows the painter, will be screened.", "The documentary, whose plot follows the painter, will be screened.")],
   **{"pass": ["The argument of the book is that growth is slowing.", "They had an argument about money."]})

ff(key="exit-success", lt=(),
   langs={"es": "éxito", "pt": "êxito"},
   message="{lang} “{src}” means “success”; an English “exit” is a way out.",
   phrases=["exit"], replacements=["success"], confidence=0.8,
   when=[{"before_regex": r"(?i)\b(?:was|is|were|are|has been|have been|will be|became|be) (?:a |an )?(?:great|big|huge|total|resounding|enormous|complete|real|major|surprising) ",
          "after_regex": r"(?:[.,;:!?)]|(?i:and|with|in|among|at)\b)"}],
   unless={"after_regex": r"(?i)(?:for|from|strategy|poll|polls|interview|route|plan|ramp|door|sign|wound|with (?:a|an|the) (?:payout|sale))\b"},
   flag=[("The previous retrospective was a great exit and received 90,000 visitors.", "The previous retrospective was a great success and received 90,000 visitors.")],
   **{"pass": ["The sale was a great exit for investors.", "It was a dramatic exit from the stage."]})

ff(key="stage-internship", lt=(),
   langs={"fr": "stage"},
   message="French “stage” means “internship, work placement”; an English “stage” is a platform or a phase.",
   phrases=["<stage>"], replacements=["<work placement>", "<internship>"], confidence=0.8,
   when=[{"before_regex": r"(?i)\b(?:do|does|did|doing|done|complete|completed|completing|find|found|finding|look for|looking for|unpaid|paid|six-month|three-month|two-month|\d+-month|obligatory|compulsory)\s+(?:(?:a|an|the|his|her|their|my|unpaid|paid|six-month|three-month|\d+-month|practical|compulsory)\s+)*",
          "after_regex": r"(?i)(?:of (?:\w+ )?(?:weeks|months)|in (?:a|an|the)|at (?:a|an|the)|with (?:a|an|the))\b"}],
   flag=[("Future teachers will do a stage of six months in a school.", "Future teachers will do a work placement of six months in a school.")],
   **{"pass": ["The talks reached a critical stage.", "She did a stage dive at the concert.", "The band completed a stage of the tour."]})

ff(key="the-ensemble-of", lt=(),
   langs={"fr": "l'ensemble des"},
   message="“the ensemble of” copies French “l'ensemble des”; English says “all (the)” or “the whole of”.",
   phrases=["the ensemble of"], replacements=["all"], confidence=0.85,
   when=[{"after_regex": r"(?i)(?:the )?(?:pupils|students|teachers|employees|staff|population|citizens|members|participants|countries|regions|measures|territory|sector|inhabitants|schools|workers|French|documents|parties|players)\b"}],
   flag=[("From 2026, the ensemble of pupils will take a national test.", "From 2026, all pupils will take a national test.")],
   **{"pass": ["The ensemble of musicians played Bach.", "The ensemble of the opera bowed."]})

# =================================================================================== CALQUES:
# phrases translated word for word. All hand-written (LanguageTool's list has single words).

NP_AFTER = r"\s*(?:[.,;:!?)]|$|(?i:in|at|on|for|next|this|tomorrow|today|and|last|to|with|every|again|now)\b)"
MISTAKES = r"(?i)(?:(?:a|an|the|many|several|some|this|that|no|any|few|a few|serious|grave|big|small|fatal|same|terrible|huge|such a|another|two|three|stupid|silly|costly|careless)\s+)*mistakes?\b"

calque(key="since-duration",
   langs={"de": "seit drei Jahren", "fr": "depuis trois ans", "es": "desde hace tres años", "it": "da tre anni",
          "pt": "há três anos", "ru": "уже три года / с … лет", "pl": "od trzech lat", "nl": "sinds drie jaar"},
   message="“since” takes a point in time (since 2019, since Monday); for a length of time English uses “for” ({lang} “{src}”).",
   regex=r"\bsince ((?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|several|many|a few|a couple of) (?:more |whole |full |long )?(?:years|year|months|month|weeks|week|days|day|hours|hour|minutes|decades|centuries)|years|decades|months|weeks|ages|a long time)\b",
   replacements=["for $1"], confidence=0.9, fix="safe",
   unless={"after_regex": r"(?i)(?:ago|earlier|before|previously|old|of age|after|later|since|had|have|has|passed|went|elapsed|were|are|is|was)\b"},
   flag=[("He has lived here since three years.", "He has lived here for three years."),
         ("I am waiting since two hours.", "I am waiting for two hours."),
         ("We know each other since years.", "We know each other for years.")],
   **{"pass": ["He has lived here since 2019.", "It was the first rise since three years ago.",
               "She has played since she was five years old.", "Since three years had passed, the case was closed.",
               "Prices have risen since 1994."]})

calque(key="year-after-date",
   langs={"ru": "в 1994 году", "pl": "w 1994 roku"},
   message="“in 1994 year” copies {lang} “{src}”; English names the year alone: “in 1994”.",
   regex=r"\b(in|since|from|by|until|till|of|before|after|during) (1[0-9]{3}|20[0-9]{2}) year\b", replacements=["$1 $2"],
   confidence=0.95, fix="safe",
   unless={"after_regex": r"(?i)(?:-|old|olds|plan|plans|period|periods|term|terms|cycle|history|anniversary)\b"},
   flag=[("The factory was built in 1994 year.", "The factory was built in 1994."),
         ("He has lived in Omsk since 2005 year.", "He has lived in Omsk since 2005.")],
   **{"pass": ["The factory was built in 1994.", "In the 2020 year-end report, profits rose."]})

calque(key="since-always",
   langs={"fr": "depuis toujours", "es": "desde siempre", "it": "da sempre", "pt": "desde sempre", "pl": "od zawsze",
          "de": "seit jeher", "nl": "sinds altijd"},
   message="“since always” / “since ever” is a calque of {lang} “{src}”; English says “always”, “forever” or “for as long as I can remember”.",
   phrases=["since always", "since ever"], replacements=["forever", "always"], confidence=0.85,
   flag=[("I have known him since always.", "I have known him forever.")],
   **{"pass": ["I have always known him.", "Ever since he left, it has rained.", "I have known him forever."]})

calque(key="in-the-last-years",
   langs={"de": "in den letzten Jahren", "fr": "ces dernières années", "es": "en los últimos años",
          "it": "negli ultimi anni", "pt": "nos últimos anos", "ru": "в последние годы", "pl": "w ostatnich latach",
          "nl": "de laatste jaren"},
   message="“in the last years” is a calque of {lang} “{src}”; English says “in recent years” (“the last years” are the final years of something).",
   regex=r"\b(?:(?:in|during|over|for) the|(?:in |during |over )?these) last years\b", replacements=["in recent years"], confidence=0.8,
   unless={"after_regex": r"(?i)(?:of|before|prior|leading|until|at|in (?:office|school|power|prison))\b"},
   flag=[("In the last years, prices have risen sharply.", "In recent years, prices have risen sharply."),
         ("The city has changed a lot over the last years.", "The city has changed a lot in recent years.")],
   **{"pass": ["In the last years of his life he lived in Rome.", "In the last years before the war, trade grew.",
               "In the last two years prices rose."]})

calque(key="in-the-last-time",
   langs={"de": "in letzter Zeit", "ru": "в последнее время", "es": "en el último tiempo", "fr": "ces derniers temps",
          "pl": "ostatnimi czasy", "nl": "de laatste tijd", "pt": "nos últimos tempos"},
   message="“in the last time” is a calque of {lang} “{src}”; English says “recently” or “lately”.",
   phrases=["in the last time", "in the last times", "these last times"], replacements=["recently", "lately"], confidence=0.8,
   when=[{"after_regex": r"(?:[.,;:!?)]|(?i:there|prices|many|more|a lot|we|I|he|she|they|it|the|this|our|my|his|her|people)\b)"}],
   unless={"after_regex": r"(?i)(?:I|we|he|she|they|you|it) (?:saw|met|was|were|spoke|talked|visited|came|went|did|had|heard|played|won|lost|checked|looked|tried|used)\b"},
   flag=[("In the last time, prices have gone up.", "Recently, prices have gone up."),
         ("He has been very tired in the last time.", "He has been very tired recently.")],
   **{"pass": ["In the last time we met, he was ill.", "It was the last time I saw him."]})

calque(key="it-gives-there-are",
   langs={"de": "es gibt"},
   message="“it gives” is a calque of German “es gibt”; English says “there is / there are”.",
   phrases=["it gives"], replacements=["there are"], confidence=0.7,
   when=[{"before_regex": r"(?i)(?:\b(?:here|there|today|now|nowadays|also|still|currently|no longer)|\bin (?:\w+ ){0,2}\w+|\bat (?:the |our |this )\w+|\bfor (?:children|tourists|visitors|students)),?\s*",
          "after_regex": r"(?i)(?:(?:many|a lot of|lots of|plenty of|several|some|no|hardly any|\d+|few|enough|not enough|no more|also|too many|more)\s+)+(?:\w+\s+)?(?:museums|restaurants|shops|bars|hotels|castles|churches|beaches|lakes|mountains|parks|schools|hospitals|cafés|cafes|places|flats|apartments|houses|tickets|rooms|seats|trains|buses|flights|tourists|cars|trees|animals|doctors|teachers|concerts|events|festivals|markets|exhibitions)\b"}],
   flag=[("In Berlin it gives many museums.", "In Berlin there are many museums."),
         ("Today it gives no more tickets.", "Today there are no more tickets.")],
   **{"pass": ["In this way it gives many people hope.", "It gives a good overview of the museums.", "The plan gives no details."]})

calque(key="it-gives-weather",
   langs={"de": "es gibt"},
   message="“it gives (rain/snow)” is a calque of German “es gibt”; English says “there will be rain”, “it will rain”.",
   phrases=["it gives"], replacements=["there is", "there will be"], confidence=0.8,
   when=[{"after_regex": r"(?i)(?:(?:a lot of|lots of|much|heavy|no|some|more|light)\s+)?(?:snow|rain|thunderstorms|storms|showers|frost|fog|sunshine|hail)\b"}],
   flag=[("Tomorrow it gives heavy rain in the south.", "Tomorrow there is heavy rain in the south.")],
   **{"pass": ["The sun gives light.", "The report gives snow depths for each town."]})

PHOTO_OBJ = r"(?i)(?:(?:a|an|some|many|a lot of|lots of|a few|few|several|\d+|great|nice|beautiful|good|the|my|our|his|her|their|your|funny|more|new|hundreds of|thousands of)\s+){0,3}(?:photos?|photographs?|selfies?)\b"
# "snapshot" is not in PHOTO_OBJ: "make a snapshot" (of a volume, a database, a buffer) is
# ordinary software English; man pages say it dozens of times.
calque(key="make-photos",
   langs={"de": "Fotos machen", "fr": "faire des photos", "es": "hacer fotos", "it": "fare foto", "pt": "fazer fotos",
          "pl": "robić zdjęcia", "ru": "делать фото", "nl": "foto's maken"},
   message="“make photos” is a calque of {lang} “{src}”; in English you “take” photos.",
   description="Flagged before photos, photographs and selfies, not before “snapshot”: “make a snapshot” of a disk, a database or a buffer is ordinary software English.",
   phrases=["{make}"], replacements=["{take}"], confidence=0.85,
   when=[{"after_regex": PHOTO_OBJ}],
   unless={"before_regex": r"(?i)\b(?:have|has|had|having|'ve|'d)\s*$",
           "after_regex": r"(?i)(?:\S+\s+){0,3}(?:photos?|photographs?|snapshots?|selfies?)\s*(?:book|books|album|albums|frame|frames|collage|gallery|montage|calendar|prints?|exhibition|available|public|look|appear|seem|more|less|easier|better|clearer|sharper|possible|larger|smaller|bigger|cheap|cheaper|easy)\b"},
   flag=[("We made a lot of photos in Rome.", "We took a lot of photos in Rome."),
         ("Can I make a photo of you?", "Can I take a photo of you?"),
         ("She is making selfies.", "She is taking selfies.")],
   **{"pass": ["They made a photo book for her birthday.", "Digital cameras make photos cheap.", "Make the photo larger.",
               "The tool can make a snapshot of the volume every hour."]})

calque(key="have-made-photos",
   langs={"de": "Fotos gemacht", "fr": "fait des photos", "es": "hecho fotos", "it": "fatto foto", "pt": "feito fotos",
          "pl": "zrobił zdjęcia", "ru": "сделал фото", "nl": "foto's gemaakt"},
   message="“have made photos” is a calque of {lang} “{src}”; in English you “have taken” photos.",
   regex=r"\b(have|has|had|'ve|having)( already| just| never| also| not)? made\b", replacements=["$1$2 taken"], confidence=0.85,
   when=[{"after_regex": PHOTO_OBJ}],
   unless={"after_regex": r"(?i)(?:\S+\s+){0,3}(?:photos?|photographs?|snapshots?|selfies?)\s*(?:book|books|album|albums|frame|frames|collage|calendar|prints?)\b"},
   flag=[("I have made many photos of the city.", "I have taken many photos of the city.")],
   **{"pass": ["I have made a photo book.", "I have taken many photos."]})

calque(key="make-a-break",
   langs={"de": "eine Pause machen", "fr": "faire une pause", "es": "hacer una pausa", "it": "fare una pausa",
          "pt": "fazer uma pausa", "pl": "zrobić przerwę", "ru": "сделать перерыв"},
   message="“make a break/pause” is a calque of {lang} “{src}”; in English you “take” a break.",
   phrases=["{make}"], replacements=["{take}"], confidence=0.8,
   when=[{"after_regex": r"(?i)(?:a |an )?(?:short |long |quick |little |coffee |lunch |ten-minute |five-minute |\d+-minute )?(?:pause|break)\b\s*" + NP_END}],
   unless={"before_regex": r"(?i)\b(?:have|has|had|having|'ve|'d)\s*$",
           "after_regex": r"(?i)(?:a |an )?(?:\w+ )?(?:pause|break)\s*(?:for it|for the|through|with|from|even)\b"},
   flag=[("Let's make a short break.", "Let's take a short break."),
         ("We made a pause after two hours.", "We took a pause after two hours.")],
   **{"pass": ["He made a break for the exit.", "She made a clean break with the past.", "Prisoners made a break from the jail."]})

calque(key="make-a-walk",
   langs={"de": "einen Spaziergang machen", "fr": "faire une promenade", "it": "fare una passeggiata",
          "nl": "een wandeling maken", "ru": "совершить прогулку"},
   message="“make a walk” is a calque of {lang} “{src}”; in English you “take” or “go for” a walk.",
   phrases=["{make}"], replacements=["{take}"], confidence=0.85,
   when=[{"after_regex": r"(?i)(?:a |an )?(?:short |long |little |nice |quick |evening |morning |brief )?walk\b"}],
   unless={"before_regex": r"(?i)\b(?:have|has|had|having|'ve|'d)\s*$", "after_regex": r"(?i)(?:a |an )?(?:\w+ )?walk-"},
   flag=[("Shall we make a walk after dinner?", "Shall we take a walk after dinner?")],
   **{"pass": ["They made a walk-in wardrobe.", "New paths make walking safer."]})

calque(key="make-sport",
   langs={"de": "Sport machen", "fr": "faire du sport", "es": "hacer deporte", "it": "fare sport", "pt": "fazer desporto"},
   message="“make sport” is a calque of {lang} “{src}”; in English you “do sport” or “exercise”.",
   phrases=["{make}"], replacements=["{do}"], confidence=0.8,
   when=[{"before_regex": r"(?i)\b(?:I|we|you|they|he|she|people|children|kids|students|to|should|must|can|don't|doesn't|didn't|never|often|regularly)\s*",
          "after_regex": r"(?i)(?:a lot of |much |more |some |regular |enough |no )?sports?\s*(?:[.,;:!?)]|$|(?i:every|three|twice|regularly|in|at|on|and|together|outside|with)\b)"}],
   flag=[("I make sport three times a week.", "I do sport three times a week.")],
   **{"pass": ["Critics make sport of his accent.", "The new rules make sports more popular."]})

calque(key="make-an-exam",
   langs={"de": "eine Prüfung machen", "es": "hacer un examen", "it": "fare un esame", "pt": "fazer um exame"},
   message="“make an exam” is a calque of {lang} “{src}”; in English you “take” or “sit” an exam.",
   phrases=["{make}"], replacements=["{take}", "{sit}"], confidence=0.8,
   when=[{"after_regex": r"(?i)(?:an?|the|my|his|her|their|our|your) (?:(?:final|entrance|driving|oral|written|German|English|maths|math|university)\s+)*(?:exam|exams|examination|test)" + NP_AFTER}],
   unless={"before_regex": r"(?i)\b(?:have|has|had|having|'ve|'d)\s*$"},
   flag=[("She makes her driving exam tomorrow.", "She takes her driving exam tomorrow.")],
   **{"pass": ["They made the exam easier.", "The ministry made the exam compulsory."]})

calque(key="make-a-course",
   langs={"de": "einen Kurs machen", "es": "hacer un curso", "it": "fare un corso", "pt": "fazer um curso"},
   message="“make a course” is a calque of {lang} “{src}”; in English you “take” or “do” a course.",
   phrases=["{make}"], replacements=["{take}", "{do}"], confidence=0.8,
   when=[{"after_regex": r"(?i)(?:an?|the) (?:(?:German|English|French|Spanish|Italian|language|training|cooking|driving|computer|online|evening|summer|intensive|first-aid|yoga|dance|new)\s+)*(?:course|courses)" + NP_AFTER}],
   unless={"before_regex": r"(?i)\b(?:have|has|had|having|'ve|'d)\s*$"},
   flag=[("I want to make a German course in Berlin.", "I want to take a German course in Berlin.")],
   **{"pass": ["The ship made a course correction.", "We must make a course of action."]})

calque(key="follow-a-course",
   langs={"fr": "suivre un cours", "nl": "een cursus volgen", "it": "seguire un corso", "es": "seguir un curso",
          "pt": "seguir um curso"},
   message="“follow a course” is a calque of {lang} “{src}”; in English you “take” or “attend” a course.",
   phrases=["{follow}"], replacements=["{take}", "{attend}"], confidence=0.8,
   when=[{"after_regex": r"(?i)(?:an?|the) (?:(?:language|English|German|French|Spanish|Italian|Dutch|training|cooking|driving|computer|online|evening|summer|university|intensive|\d+-week|two-week|one-year|first-aid|dance|yoga|IT)\s+)+(?:course|courses)\b"}],
   flag=[("She followed a cooking course in Rome.", "She took a cooking course in Rome.")],
   **{"pass": ["The river follows a winding course.", "We followed a course of treatment.", "Follow the course of the river."]})

calque(key="make-a-question",
   langs={"es": "hacer una pregunta", "it": "fare una domanda", "pt": "fazer uma pergunta"},
   message="“make a question” is a calque of {lang} “{src}”; in English you “ask” a question.",
   phrases=["{make}"], replacements=["{ask}"], confidence=0.85,
   when=[{"after_regex": r"(?i)(?:(?:you|him|her|them|me|us)\s+)?(?:(?:a|the|this|that|one|some|many|several|a few|\d+|any|more|another|lots of|a lot of|so many|too many|simple|short|quick|personal|stupid|good|difficult|last|final)\s+)*questions?\s*(?:[.,;:!?)]|$|(?i:to|about|on|at|during|in|and|if|whether|of (?:you|him|her|them|me|us))\b)"}],
   unless={"before_regex": r"(?i)\b(?:have|has|had|having|'ve|'d)\s*$"},
   flag=[("Can I make you a question?", "Can I ask you a question?"),
         ("The journalist made a question about taxes.", "The journalist asked a question about taxes.")],
   **{"pass": ["Teachers make questions for the exam.", "Make the question shorter."]})

calque(key="have-hunger",
   langs={"de": "Hunger/Durst/Angst haben", "fr": "avoir faim/soif/peur", "es": "tener hambre/sed/miedo",
          "it": "avere fame/sete/paura", "pt": "ter fome/sede/medo", "nl": "honger/dorst hebben"},
   message="“I have hunger/thirst/fear/sleep” is a calque of {lang} “{src}”; English uses “be”: “I am hungry / thirsty / afraid / sleepy / cold”.",
   description="No automatic fix: the verb and adjective depend on the subject and the noun (I am hungry, we were afraid).",
   regex=r"\b(?:I|you|he|she|we|they) (?:have|has|had|'ve) (?:(?:so much|a lot of|great|much|big|very|so|really)\s+)?(?:hunger|thirst|sleep|fear|cold|heat)\b",
   confidence=0.75,
   when=[{"after_regex": r"(?:[.,;:!?)]|$|(?i:and|but|because|now|today|of|after|before)\b)"}],
   flag=["I have hunger.", "We had so much fear of the dogs."],
   **{"pass": ["I have no fear of flying.", "She had a fear of spiders.", "I have cold hands."]})

calque(key="have-years",
   langs={"fr": "j'ai 25 ans", "es": "tengo 25 años", "it": "ho 25 anni", "pt": "tenho 25 anos", "pl": "mam 25 lat"},
   message="“I have 25 years” is a calque of {lang} “{src}”; English says “I am 25 (years old)”.",
   description="No automatic fix: the verb must agree with the subject (I am 25, my son is ten).",
   regex=r"\b(?:I|you|he|she|we|they|[Mm]y (?:son|daughter|brother|sister|father|mother|wife|husband|child)) (?:have|has|had) (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-\w+)? years\b",
   confidence=0.75,
   when=[{"after_regex": r"(?:[.,;:!?)]|$|(?i:old|and (?:\d+|two|three|six) months|and (?:I|she|he|we|goes|is|lives|attends|works|studies|has|plays|loves|likes))\b)"}],
   unless={"after_regex": r"(?i)(?:of|experience|in|at|to|left|ago|service|behind|ahead)\b"},
   flag=["I have 25 years.", "My son has ten years and goes to school."],
   **{"pass": ["I have 20 years of experience.", "She has two years left.", "He has 30 years in the business."]})

calque(key="explain-me",
   langs={lang: w for lang, w in [("de", "erklär mir"), ("fr", "explique-moi"), ("es", "explícame"),
                                   ("it", "spiegami"), ("pt", "explica-me"), ("ru", "объясни мне"),
                                   ("pl", "wyjaśnij mi"), ("nl", "leg me uit")]},
   message="“explain me …” copies {lang} “{src}”; in English you explain something “to” someone.",
   phrases=["{explain}"], replacements=["{explain} to"], confidence=0.9, fix="safe",
   when=[{"after_regex": r"(?i)(?:me|him|her|us)\s+(?:how|why|what|where|when|who|whether|if|the|this|that|it|your|his|their|a|an)\b"},
         {"after_regex": r"(?i)(?:me|him|us)\s*[.!?]"}],
   flag=[("Can you explain me how it works?", "Can you explain to me how it works?"),
         ("She explained him the rules.", "She explained to him the rules.")],
   **{"pass": ["Can you explain it to me?", "He explained her decision to the board.", "Explain them in your own words."]})

calque(key="say-me",
   langs={lang: w for lang, w in [("de", "sag mir"), ("fr", "dis-moi"), ("es", "dime"), ("it", "dimmi"),
                                   ("pt", "diga-me"), ("ru", "скажи мне"), ("pl", "powiedz mi"), ("nl", "zeg me")]},
   message="“say me …” copies {lang} “{src}”; English “say” takes no person as object: “tell me …”.",
   phrases=["{say}"], replacements=["{tell}"], confidence=0.9, fix="safe",
   when=[{"after_regex": r"(?i)(?:me|him|her|us|them)\s+(?:that|what|how|why|where|when|who|the truth|your|if|whether|something|nothing|everything)\b"}],
   flag=[("He said me that he was ill.", "He told me that he was ill."),
         ("Say me what you think.", "Tell me what you think.")],
   **{"pass": ["Say her name.", "He said that he was ill.", "She said goodbye to them."]})

calque(key="borrow-lend",
   langs={"de": "leihen", "nl": "lenen", "pl": "pożyczyć", "ru": "одолжить"},
   message="{lang} “{src}” means both “borrow” and “lend”; giving something to someone is “lend” in English.",
   phrases=["{borrow}"], replacements=["{lend}"], confidence=0.9, fix="safe",
   when=[{"after_regex": r"(?i)(?:me|him|her|us|them|you)\s+(?:your|his|her|their|our|my|the|a|an|some|\d+|money|it)\b"}],
   flag=[("Can you borrow me your bike?", "Can you lend me your bike?"),
         ("She borrowed him 100 euros.", "She lent him 100 euros.")],
   **{"pass": ["Can I borrow your bike?", "Can I borrow him for a minute?", "I borrowed her car."]})

calque(key="on-the-photo",
   langs={"ru": "на фото", "de": "auf dem Foto", "pl": "na zdjęciu", "fr": "sur la photo", "it": "sulla foto",
          "nl": "op de foto"},
   message="“on the photo” copies {lang} “{src}”; what a picture shows is “in the photo”.",
   regex=r"\bon (the|this|that|these|those|a|my|his|her|our|their|your) (photos?|pictures?|photographs?|images?|snapshots?|selfies?)\b",
   replacements=["in $1 $2"], confidence=0.8,
   when=[{"before_regex": r"(?i)\b(?:you can see|can be seen|is seen|are seen|is shown|are shown|is depicted|are depicted|pictured|shown|seen|see|saw|you see|we see|stands?|standing|stood|sits?|sitting|sat|smiles?|smiling|poses?|posing|posed|appears?|appeared|left|right|centre|center|background|foreground|everyone|nobody|somebody|someone)\s*"},
         {"before_regex": r"(?:^|[.!?:;\"“])", "after_regex": r"(?i),?\s*(?:you can see|we can see|we see|you see|there is|there are|is|are|I|he|she|they|my|our|his|her)\b"}],
   unless={"before_regex": r"(?i)\b(?:click|clicked|clicking|comment|comments|commented|commenting|based|tap|tapped|focus|focused|written|printed|stamped|signed|date|caption|signature|text|label|stamp|watermark|spots?|stains?|feedback|remarks|reactions?|react|reacted|zoom|zoomed|rely|relied|information|details|notes?|sticker|tagged|tag|reflected|reflection|glare|scratch|scratches|dust|marks?|inscription|writing|work|working|worked|depends?|depending|light|spotlight|attention)\b[^.!?]{0,25}$"},
   flag=[("On the photo you can see my grandparents.", "In the photo you can see my grandparents."),
         ("The man standing on the left on the picture is my father.", "The man standing on the left in the picture is my father.")],
   **{"pass": ["Click on the photo to enlarge it.", "Comment on the photo below.", "The date is written on the photo.",
               "In the photo she is smiling."]})

calque(key="in-the-internet",
   langs={"ru": "в интернете", "de": "im Internet", "pl": "w internecie", "es": "en internet", "pt": "na internet"},
   message="“in the internet” copies {lang} “{src}”; English says “on the internet”.",
   regex=r"\bin (?:the )?(internet|Internet)\b", replacements=["on the $1"], confidence=0.85,
   when=[{"after_regex": r"(?:[.,;:!?)]|$|(?i:and|or|but|you|we|I|they|there|is|are|was|were|to|for|about|on|at|with|without|by|from|he|she|it|people|users|today|now|every|many|some)\b)"}],
   unless={"before_regex": r"(?i)\b(?:interest|interested|invest|invests|invested|investing|investment|investments|believe|believed|faith|trust|participate|participated|role|involved|changes|revolution|boom|growth|advances|innovation)(?:\s+\w+)?\s*$"},
   flag=[("I found the information in the internet.", "I found the information on the internet."),
         ("He sells clothes in internet.", "He sells clothes on the internet.")],
   **{"pass": ["They invested heavily in the internet in the 1990s.", "Freedom in the Internet age is fragile.",
               "Advances in internet technology continue."]})

calque(key="in-the-frame-of",
   langs={"ru": "в рамках", "pl": "w ramach", "de": "im Rahmen", "fr": "dans le cadre de", "es": "en el marco de",
          "it": "nel quadro di", "pt": "no quadro de"},
   message="“in the frame(s) of” copies {lang} “{src}”; English says “as part of”, “within”, “under”.",
   regex=r"\b(?:in|within) the frames? of\b", replacements=["as part of", "within the framework of"], confidence=0.85,
   unless={"after_regex": r"(?i)(?:the |a |this |his |her )?(?:picture|painting|photo|photograph|image|door|doors|window|windows|bed|bike|bicycle|car|glasses|spectacles|film|movie|video|mind|camera|reference|building|house|structure|ship)\b"},
   flag=[("The meeting took place in the frame of the forum.", "The meeting took place as part of the forum."),
         ("In the frames of the project, 20 schools were built.", "As part of the project, 20 schools were built.")],
   **{"pass": ["There was dust in the frame of the window.", "Only in the frames of the film can you see it."]})

calque(key="on-the-one-side",
   langs={"de": "auf der einen Seite", "es": "por un lado", "fr": "d'un côté", "it": "da un lato", "pt": "por um lado",
          "ru": "с одной стороны", "pl": "z jednej strony", "nl": "aan de ene kant"},
   message="“on the one side … on the other side” copies {lang} “{src}”; English says “on the one hand … on the other hand”.",
   phrases=["on the one side", "from the one side", "from one side"], replacements=["on the one hand"], confidence=0.8,
   when=[{"after_regex": r"\s*,"},
         {"after_regex": r"(?i)[^.!?]*\bon the other (?:side|hand)\b"}],
   unless={"after_regex": r"(?i)(?:of|there|was|were|is|are|lay|stood)\b"},
   flag=[("On the one side, the plan is cheap.", "On the one hand, the plan is cheap.")],
   **{"pass": ["On the one side of the street there are shops.", "The trees grow on the one side only."]})

calque(key="on-the-other-side",
   langs={"de": "auf der anderen Seite", "es": "por otro lado", "fr": "de l'autre côté", "it": "dall'altro lato",
          "pt": "por outro lado", "ru": "с другой стороны", "pl": "z drugiej strony", "nl": "aan de andere kant"},
   message="“on the other side” (after “on the one side/hand”) copies {lang} “{src}”; English says “on the other hand”.",
   phrases=["on the other side", "from the other side"], replacements=["on the other hand"], confidence=0.8,
   description="Flagged only as a sentence adverbial: at the start of a sentence or clause, or set off by commas (“The file, on the other side, is …”), followed by a comma, in a text that also says “on the one side/hand”. A literal side after a verb (“not opened for reading on the other side, the writer gets …”) passes.",
   when=[{"before_regex": r"(?:^|[.!?;:,(]|\b(?i:and|but|while|whereas|yet))",
          "after_regex": r"\s*,", "document": ["on the one side", "from the one side", "on the one hand"]}],
   unless={"after_regex": r"(?i),? (?:of|across|near)\b"},
   flag=[("On the one side, the plan is cheap. On the other side, it is slow.", "On the one side, the plan is cheap. On the other hand, it is slow."),
         ("On the one hand, the old file stays. The new file, on the other side, is rewritten.", "On the one hand, the old file stays. The new file, on the other hand, is rewritten.")],
   **{"pass": ["On the other side, there is a park.", "They live on the other side of town.",
               "On the one hand it is fast. If nobody reads on the other side, the writer gets an error."]})

calque(key="on-the-basis-of",
   langs={"de": "auf der Basis von", "fr": "sur la base de", "es": "sobre la base de", "it": "sulla base di",
          "pt": "com base em", "ru": "на основе", "pl": "na podstawie", "nl": "op basis van"},
   message="“on the base of” copies {lang} “{src}”; English says “on the basis of” or “based on”.",
   phrases=["on the base of", "on base of"], replacements=["on the basis of", "based on"], confidence=0.85,
   when=[{"after_regex": r"(?i)(?:(?:the|these|this|such|an?|its|their|our|his|her|existing|available|new|current|official|scientific|recent|previous|detailed)\s+)*(?:analysis|analyses|data|results|research|study|studies|findings|evidence|information|survey|surveys|experience|principle|principles|agreement|agreements|decision|law|laws|criteria|assessment|observations|calculations|reports?|documents|contract|proposal|recommendations|estimates|statistics|tests|measurements|facts|interviews)\b"}],
   flag=[("The decision was made on the base of the analysis.", "The decision was made on the basis of the analysis.")],
   **{"pass": ["The statue stands on the base of a column.", "Moss grows on the base of the tree."]})

calque(key="in-function-of",
   langs={"fr": "en fonction de", "es": "en función de", "it": "in funzione di", "pt": "em função de"},
   message="“in function of” copies {lang} “{src}”; English says “depending on” or “according to”.",
   phrases=["in function of"], replacements=["depending on", "according to"], confidence=0.85,
   flag=[("Prices vary in function of the season.", "Prices vary depending on the season.")],
   **{"pass": ["Costs rise as a function of size.", "The machine is in working order."]})

calque(key="with-other-words",
   langs={"de": "mit anderen Worten", "nl": "met andere woorden"},
   message="“with other words” copies {lang} “{src}”; English says “in other words”.",
   phrases=["with other words"], replacements=["in other words"], confidence=0.95, fix="safe",
   when=[{"before_regex": r"(?:^|[.!?:;,\"“(])"}],
   unless={"after_regex": r"(?i)(?:of|that|which|from|like|such)\b"},
   flag=[("With other words, we failed.", "In other words, we failed.")],
   **{"pass": ["In other words, we failed.", "She replaced them with other words of her own."]})

calque(key="the-same-like",
   langs={"de": "das Gleiche wie", "pl": "taki sam jak", "ru": "такой же как", "es": "igual que", "it": "lo stesso come"},
   message="“the same like” copies {lang} “{src}”; English says “the same as”.",
   phrases=["the same like"], replacements=["the same as"], confidence=0.9, fix="safe",
   flag=[("His car is the same like mine.", "His car is the same as mine.")],
   **{"pass": ["His car is the same as mine.", "It tastes the same, like chicken."]})

calque(key="good-appetite",
   langs={"de": "Guten Appetit", "ru": "приятного аппетита", "it": "buon appetito", "pt": "bom apetite"},
   message="“Good appetite!” copies {lang} “{src}”; English says “Enjoy your meal!” (or borrows “Bon appétit!”).",
   regex=r"\b(?:good|pleasant|nice) appetite\b", replacements=["Enjoy your meal"], confidence=0.85,
   when=[{"before_regex": r"(?:^|[.!?:;\"“])", "after_regex": r"\s*[!.,]"}],
   flag=[("Good appetite!", "Enjoy your meal!")],
   **{"pass": ["She has a good appetite.", "A good appetite is a sign of health."]})

calque(key="commit-a-mistake",
   langs={"es": "cometer un error", "it": "commettere un errore", "pt": "cometer um erro", "fr": "commettre une erreur",
          "ru": "совершить ошибку", "pl": "popełnić błąd"},
   message="“commit a mistake” copies {lang} “{src}”; in English you “make” a mistake (you commit crimes).",
   phrases=["{commit|commits|committed|committed|committing}"], replacements=["{make}"], confidence=0.75,
   when=[{"after_regex": MISTAKES}],
   flag=[("He committed a serious mistake.", "He made a serious mistake.")],
   **{"pass": ["He committed a crime.", "They committed an error of law."]})

calque(key="do-a-mistake",
   langs={"ru": "делать ошибку", "pl": "robić błąd"},
   message="“do a mistake” copies {lang} “{src}”; in English you “make” a mistake.",
   phrases=["{do}"], replacements=["{make}"], confidence=0.85,
   when=[{"after_regex": MISTAKES}],
   unless={"before_regex": r"(?i)\b(?:what|how|why|when|where|who|which)\s*$"},
   flag=[("I did a big mistake.", "I made a big mistake.")],
   **{"pass": ["I did my homework.", "What did the mistake cost?"]})

calque(key="am-agree",
   langs={"es": "estoy de acuerdo", "fr": "je suis d'accord", "it": "sono d'accordo", "pt": "estou de acordo",
          "ru": "я согласен"},
   message="“I am agree” copies {lang} “{src}”; in English “agree” is a verb: “I agree”.",
   regex=r"\b(I|we|you|they)(?: am| are|'m|'re) ((?:totally |completely |fully |absolutely )?agree)\b", replacements=["$1 $2"],
   confidence=0.95, fix="safe",
   flag=[("I am agree with you.", "I agree with you."), ("We're totally agree.", "We totally agree.")],
   **{"pass": ["I agree with you.", "They are agreed on the plan."]})

calque(key="reunion-meeting",
   langs={"fr": "réunion", "es": "reunión", "it": "riunione", "pt": "reunião"},
   message="{lang} “{src}” means “meeting”; an English “reunion” brings together people who have been apart.",
   phrases=["<reunion>"], replacements=["<meeting>"], confidence=0.8,
   when=[{"after_regex": r"(?i)(?:with|of) (?:the )?(?:board|management|staff|employees|ministers|committee|council|shareholders|directors|cabinet|department|unions?|investors|delegations?)\b"},
         {"after_regex": r"(?i)(?:at|in) the (?:ministry|office|town hall|city hall|headquarters|prefecture|embassy|company|school|Elysée|Élysée)\b"},
         {"before_regex": r"(?i)\b(?:board|staff|management|committee|council|cabinet|shareholders'?|business|work|weekly|monthly|daily|crisis|emergency|working|ministerial|bilateral|plenary)\s*"}],
   flag=[("The board reunion starts at ten.", "The board meeting starts at ten."),
         ("We had a reunion with the shareholders.", "We had a meeting with the shareholders.")],
   **{"pass": ["The band announced a reunion tour.", "A family reunion in July.", "The class reunion was fun."]})

calque(key="important-sum",
   langs={"fr": "une somme importante", "es": "una suma importante", "it": "una somma importante",
          "pt": "uma soma importante"},
   message="{lang} “{src}” means a “large” sum; English “important” means “significant in effect”, not “big”.",
   regex=r"\ban? important (sum|amount|quantity|number|delay|loss)\b", replacements=["a large $1", "a considerable $1"], confidence=0.75,
   unless={"after_regex": r"(?i)of (?:issues|questions|points|reasons|factors|ways)\b"},
   flag=[("The thieves stole an important sum of money.", "The thieves stole a large sum of money.")],
   **{"pass": ["This is an important question.", "A large sum was paid."]})

calque(key="precised-specified",
   langs={"fr": "préciser", "es": "precisar", "it": "precisare"},
   message="{lang} “{src}” means “specify, make clear”; English “precise” is only an adjective.",
   regex=r"\bprecis(ed|es)\b", replacements=["specifi$1"], confidence=0.9, fix="safe",
   flag=[("The minister precised that the tax was temporary.", "The minister specified that the tax was temporary.")],
   **{"pass": ["The figures are precise.", "She gave a precise answer."]})

calque(key="to-precise",
   langs={"fr": "préciser", "es": "precisar", "it": "precisare"},
   message="{lang} “{src}” means “specify, make clear”; English “precise” is only an adjective.",
   regex=r"\bto precise (that|the|what|how|which|whether|when|where)\b", replacements=["to specify $1"], confidence=0.9, fix="safe",
   flag=[("I would like to precise that we agree.", "I would like to specify that we agree.")],
   **{"pass": ["It is hard to be precise.", "Try to be precise when you measure."]})

calque(key="according-to-me",
   langs={"fr": "selon moi", "it": "secondo me", "pl": "według mnie", "es": "según yo", "pt": "segundo eu"},
   message="“according to me” copies {lang} “{src}”; English says “in my opinion” or “I think”.",
   phrases=["according to me"], replacements=["in my opinion"], confidence=0.75,
   flag=[("According to me, the film is too long.", "In my opinion, the film is too long.")],
   **{"pass": ["In my opinion, the film is too long.", "He acted according to medical advice."]})

calque(key="attend-wait",
   langs={"fr": "attendre", "it": "attendere"},
   message="{lang} “{src}” means “wait for”; English “attend” means “be present at”.",
   phrases=["{attend} for", "{attend}"], replacements=["{wait} for"], confidence=0.8,
   when=[{"after_regex": r"(?i)(?:for )?(?:the|your|a|an|my|his|her|our|their) (?:next )?(?:bus|train|plane|flight|taxi|answer|reply|response|results|decision|verdict|arrival|return)\b"}],
   flag=[("We attended the bus for an hour.", "We waited for the bus for an hour."),
         ("I am attending your answer.", "I am waiting for your answer.")],
   **{"pass": ["We attended the meeting.", "She attended the wedding."]})

calque(key="demand-ask",
   langs={"fr": "demander", "it": "domandare"},
   message="{lang} “{src}” means “ask”; English “demand” means “insist on, require”.",
   phrases=["{demand}"], replacements=["{ask}"], confidence=0.8,
   when=[{"after_regex": r"(?i)(?:me|him|her|us|them|you)\s+(?:if|whether|why|how|what|where|when|who|for|to)\b"}],
   flag=[("She demanded me if I was French.", "She asked me if I was French.")],
   **{"pass": ["They demanded an apology.", "He demanded to know why."]})

calque(key="deceived-disappointed",
   langs={"fr": "déçu", "es": "decepcionado", "pt": "decepcionado"},
   message="{lang} “{src}” means “disappointed”; English “deceived” means “lied to, tricked”.",
   phrases=["deceived"], replacements=["disappointed"], confidence=0.8,
   when=[{"before_regex": r"(?i)\b(?:was|were|am|is|are|feel|felt|been|be|'m|'re)\s+(?:(?:very|really|so|a bit|a little|quite|extremely|bitterly|rather|slightly)\s+)?",
          "after_regex": r"(?i)(?:by|with) (?:the|this|that|his|her|their|your|our|my) (?:\w+ )?(?:result|results|film|movie|book|performance|match|game|quality|service|food|meal|concert|show|album|season|outcome|score|hotel|trip|holiday|experience|level|team|ending)\b"},
         {"before_regex": r"(?i)\b(?:was|were|am|is|are|feel|felt|been|'m|'re)\s+(?:very|really|so|a bit|a little|quite|extremely|bitterly|rather|slightly)\s*",
          "after_regex": r"\s*[.!]"}],
   flag=[("I was very deceived by the film.", "I was very disappointed by the film."),
         ("We were a bit deceived.", "We were a bit disappointed.")],
   **{"pass": ["She was deceived by a con man.", "Investors were deceived by false reports."]})

calque(key="in-resume",
   langs={"fr": "en résumé", "es": "en resumen", "pt": "em resumo"},
   message="“in resume” copies {lang} “{src}”; English says “in summary” or “to sum up”.",
   regex=r"\b(?:in|as a) resume\b", replacements=["in summary"], confidence=0.9, fix="safe",
   when=[{"after_regex": r"\s*[,:]"}],
   flag=[("In resume, the project was a success.", "In summary, the project was a success.")],
   **{"pass": ["Put your skills in a resume.", "Send it in resume form."]})

calque(key="figure-of-affairs",
   langs={"fr": "chiffre d'affaires"},
   message="“figure of affairs” copies French “chiffre d'affaires”; English says “turnover” or “revenue”.",
   phrases=["figure of affairs", "figure of business"], replacements=["turnover", "revenue"], confidence=0.95, fix="safe",
   flag=[("The figure of affairs rose by 5%.", "The turnover rose by 5%.")],
   **{"pass": ["Turnover rose by 5%.", "She is a figure of authority."]})

calque(key="durable-sustainable",
   langs={"fr": "durable", "nl": "duurzaam"},
   message="{lang} “{src}” here means “sustainable”; English “durable” means “long-lasting, hard-wearing”.",
   phrases=["durable"], replacements=["sustainable"], confidence=0.85,
   when=[{"after_regex": r"(?i)(?:development|energy|tourism|agriculture|farming|fishing|fisheries|mobility|consumption|forestry|economy|cities|city|transport)\b"}],
   flag=[("The EU supports durable development.", "The EU supports sustainable development.")],
   **{"pass": ["Durable goods orders rose.", "The bag is made of durable material."]})

calque(key="introduce-enter",
   langs={"es": "introducir", "fr": "introduire", "it": "introdurre", "pt": "introduzir"},
   message="{lang} “{src}” (a PIN, a password) means “enter”; English “introduce” means “present, bring in”.",
   phrases=["{introduce}"], replacements=["{enter}"], confidence=0.85,
   when=[{"after_regex": r"(?i)(?:your|the|a|an|my|his|her|their|our) (?:(?:new|correct|wrong|secret|four-digit|personal)\s+)?(?:PIN|PIN code|password|username|user name|credentials|e-?mail address|card number|access code)\b"}],
   flag=[("Introduce your PIN and press OK.", "Enter your PIN and press OK.")],
   **{"pass": ["Let me introduce my colleague.", "They introduced a new code of conduct."]})

calque(key="introduce-insert",
   langs={"es": "introducir", "fr": "introduire", "it": "introdurre", "pt": "introduzir"},
   message="{lang} “{src}” (a card, a coin) means “insert”; English “introduce” means “present, bring in”.",
   phrases=["{introduce}"], replacements=["{insert}"], confidence=0.85,
   when=[{"after_regex": r"(?i)(?:your|the|a|an|my|his|her|their|our) (?:(?:bank|credit|debit|new)\s+)?(?:card|coin|coins|key|ticket|USB stick|disk|disc|SIM card)\s+(?:in|into)\b"}],
   flag=[("Introduce the card into the slot.", "Insert the card into the slot.")],
   **{"pass": ["Let me introduce my wife.", "The bank introduced a new card."]})

calque(key="molest-bother",
   langs={"es": "molestar", "pt": "molestar", "it": "molestare"},
   message="{lang} “{src}” means “bother, disturb”; English “molest” means sexual assault.",
   phrases=["{molest}"], replacements=["{bother}"], confidence=0.9,
   when=[{"before_regex": r"(?i)\b(?:noise|music|smoke|light|sound|smell|it|this|that)\s*",
          "after_regex": r"(?i)(?:me|you|us|them|him|her|the (?:neighbours|neighbors|residents|guests))\b"},
         {"before_regex": r"(?i)\b(?:does|did|would|will|do|could) (?:it|this|that|the \w+)\s*", "after_regex": r"(?i)(?:you|me|him|her|them|us)\b"}],
   flag=[("Does it molest you if I smoke?", "Does it bother you if I smoke?"),
         ("The noise molests the neighbours.", "The noise bothers the neighbours.")],
   **{"pass": ["He was accused of molesting a child.", "The priest molested boys."]})

calque(key="attend-the-phone",
   langs={"es": "atender el teléfono", "pt": "atender o telefone"},
   message="{lang} “{src}” means “answer the phone”; English “attend” means “be present at”.",
   phrases=["{attend}"], replacements=["{answer}"], confidence=0.85,
   when=[{"after_regex": r"(?i)the (?:phone|telephone|door|doorbell)\b"}],
   flag=[("Nobody attended the phone.", "Nobody answered the phone.")],
   **{"pass": ["She attended the conference call.", "He attended to the patients."]})

calque(key="novel-soap-opera",
   langs={"pt": "novela", "es": "novela"},
   message="{lang} “{src}” on television is a “soap opera”; an English “novel” is a book.",
   phrases=["<novel>"], replacements=["<soap opera>", "<telenovela>"], confidence=0.85,
   when=[{"before_regex": r"(?i)\b(?:watch|watches|watched|watching|see|saw|seen) (?:(?:the|a|an|this|that|her|his|my|their|our|every|Brazilian|Mexican|new|favourite|favorite|evening|nine o'clock)\s+){0,3}"}],
   flag=[("My grandmother watches the novel every evening.", "My grandmother watches the soap opera every evening.")],
   **{"pass": ["She read the novel in a day.", "We watched the film of the novel."]})

calque(key="large-long",
   langs={"es": "largo", "it": "lungo/largo"},
   message="{lang} “{src}” means “long”; English “large” means “big”.",
   phrases=["large"], replacements=["long"], confidence=0.85,
   when=[{"after_regex": r"(?i)(?:time|while|wait|journey|queue)\b"}],
   unless={"after_regex": r"(?i)time ?(?:scales?|steps?|frames?|series)\b|timescales?\b"},
   flag=[("We had to wait a large time.", "We had to wait a long time.")],
   **{"pass": ["They live in a large house.", "Large time scales are needed."]})

calque(key="in-base-to",
   langs={"es": "en base a", "it": "in base a"},
   message="“in base to” copies {lang} “{src}”; English says “based on” or “on the basis of”.",
   phrases=["in base to", "in base of"], replacements=["based on"], confidence=0.9, fix="safe",
   flag=[("Prices are set in base to demand.", "Prices are set based on demand.")],
   **{"pass": ["Salaries are set based on experience."]})

calque(key="study-the-career",
   langs={"es": "estudiar la carrera de", "pt": "estudar a carreira de"},
   message="{lang} “{src}” is a university degree course; in English you “study medicine”, not “the career of medicine”.",
   regex=r"\b(study|studies|studied|studying) (?:the|a|my|his|her|their) career (?:of|in)\b", replacements=["$1"], confidence=0.85,
   when=[{"after_regex": r"(?i)(?:fine arts?|arts|law|medicine|engineering|economics|architecture|psychology|journalism|biology|chemistry|physics|mathematics|business|nursing|dentistry|pharmacy|history|philosophy|education|computer science)\b"}],
   flag=[("She studied the career of medicine in Madrid.", "She studied medicine in Madrid.")],
   **{"pass": ["She studied the career of Picasso.", "He studied law in Lisbon."]})

calque(key="compromise-commitment",
   langs={"es": "compromiso", "pt": "compromisso"},
   message="{lang} “{src}” means “commitment”; an English “compromise” is a deal in which each side gives way.",
   phrases=["<compromise>"], replacements=["<commitment>"], confidence=0.8,
   when=[{"before_regex": r"(?i)\b(?:our|my|his|her|their|its|the company's|the government's|strong|firm|clear|total|full|absolute|real|personal|social|environmental|deep)\s*",
          "after_regex": r"(?i)(?:with|to) (?:the )?(?:environment|sustainability|quality|customers|clients|society|community|education|excellence|innovation|democracy|human rights|transparency|diversity|equality|safety|health|planet|peace)\b"}],
   flag=[("Our compromise with the environment is total.", "Our commitment with the environment is total.")],
   **{"pass": ["They reached a compromise with the unions.", "It was a fair compromise."]})

calque(key="constipated-congested",
   langs={"es": "constipado", "pt": "constipado"},
   message="{lang} “{src}” means “having a cold, congested”; English “constipated” is about the bowels.",
   phrases=["constipated"], replacements=["congested"], confidence=0.8,
   when=[{"after_regex": r"(?i)[^.!?]{0,60}\b(?:cough\w*|sneez\w*|runny nose|sore throat|blocked nose|stuffy nose|flu|a cold|fever|headache|tissues)\b"},
         {"before_regex": r"(?i)\b(?:cough\w*|sneez\w*|runny nose|sore throat|blocked nose|stuffy nose|flu|a cold|fever|headache|tissues)\b[^.!?]{0,60}"}],
   flag=[("I am constipated and I can't stop sneezing.", "I am congested and I can't stop sneezing.")],
   **{"pass": ["The patient was constipated for three days."]})

calque(key="editorial-house",
   langs={"es": "editorial", "it": "casa editrice", "pt": "editora", "fr": "maison d'édition"},
   message="“editorial house” copies {lang} “{src}”; English says “publishing house” or “publisher”.",
   regex=r"\b(?:editorial|edition|editing|editor) house\b", replacements=["publishing house"], confidence=0.9, fix="safe",
   flag=[("The book was published by a small editorial house.", "The book was published by a small publishing house.")],
   **{"pass": ["The editor lived in a big house.", "The editorial board met."]})

calque(key="the-own",
   langs={"de": "das eigene", "nl": "het eigen", "es": "el propio", "it": "il proprio", "pt": "o próprio"},
   message="“the own …” copies {lang} “{src}”; English “own” needs a possessive: “their own”, “its own”, “one's own”.",
   description="No automatic fix: the possessive depends on who owns (their own, its own, one's own).",
   regex=r"\bthe own\b", confidence=0.8,
   unless={"after_regex": r"(?:-|_|=|\s*(?i:goal|goals|brand|label|account|or|and|attribute|attributes|element|option|keyword|field|tag|flag|permission|right)\b)"},
   flag=["Many people want the own house."],
   **{"pass": ["He scored an own goal.", "The own goal decided the match.", "Buy the own-brand cereal.",
               "Policies with the own or send attribute are checked first."]})

calque(key="the-country",
   langs={"de": "die Schweiz / die Türkei", "fr": "la France / la Suisse", "it": "la Francia / la Svizzera",
          "pt": "a França / a Suíça", "es": "la India / el Perú"},
   message="English country names take no article (“in Switzerland”, not “in the Switzerland”); {lang} uses one (“{src}”).",
   regex=r"\bthe (Switzerland|Turkey|France|Germany|Italy|Spain|Portugal|Poland|Austria|Russia|China|Japan|Brazil|Argentina|Mexico|Canada|Greece|Belgium|Norway|Sweden|Finland|Denmark|Hungary|Romania|India|Peru|Europe|Africa|Asia)\b",
   case_sensitive=True, replacements=["$1"], confidence=0.85,
   when=[{"after_regex": r"\s*(?:[.,;:!?)]|$|(?:is|was|has|had|and|or|but|to|from|for|with|at|on|by|will|would|can|could|should|must|does|did|are|were|have|joined|signed|wants|wanted|said|says)\b)"}],
   flag=[("We spent our holidays in the Switzerland.", "We spent our holidays in Switzerland.")],
   **{"pass": ["The Germany of the 1920s was poor.", "He played for the France team.", "The Netherlands is flat."]})

calque(key="uncountable-plural",
   langs={"de": "Informationen", "fr": "informations", "es": "informaciones", "it": "informazioni", "pt": "informações",
          "pl": "informacje", "ru": "знания / информация", "nl": "adviezen"},
   message="“information”, “advice”, “equipment”, “furniture”, “knowledge”, “luggage” and “feedback” are uncountable in English: no plural -s ({lang} “{src}” is plural).",
   regex=r"\b(information|advice|equipment|furniture|knowledge|luggage|baggage|feedback|homework)s\b", replacements=["$1"],
   confidence=0.9, fix="safe",
   flag=[("Thank you for the informations.", "Thank you for the information."),
         ("She gave me good advices.", "She gave me good advice.")],
   **{"pass": ["Thank you for the information.", "Furniture is expensive."]})

calque(key="in-the-result",
   langs={"ru": "в результате", "pl": "w rezultacie"},
   message="“in the result” copies {lang} “{src}”; English says “as a result”.",
   phrases=["in the result"], replacements=["as a result"], confidence=0.85,
   when=[{"before_regex": r"(?:^|[.!?:;\"“])", "after_regex": r"\s*(?:,|of\b)"},
         {"before_regex": r",", "after_regex": r"\s*of which\b"}],
   flag=[("In the result, two people died.", "As a result, two people died.")],
   **{"pass": ["We are interested in the result.", "There was no change in the result of the match."]})

calque(key="realization-implementation",
   langs={"ru": "реализация", "pl": "realizacja", "de": "Realisierung", "fr": "réalisation", "es": "realización",
          "it": "realizzazione", "pt": "realização"},
   message="{lang} “{src}” (of a programme, reform or law) is “implementation” in English; “realization” means understanding or fulfilment.",
   phrases=["realization", "realisation"], replacements=["implementation"], confidence=0.6,
   when=[{"after_regex": r"(?i)of (?:the |this |these |a |our |their |its )?(?:\w+ )?(?:programmes?|programs?|strategy|strategies|reforms?|policy|policies|law|laws|agreements?|measures|tasks|national projects|investment projects|initiatives?|decisions?|budget)\b"}],
   unless={"before_regex": r"(?i)\b(?:sudden|painful|slow|dawning|growing|gradual|full)\s*$"},
   flag=[("The realization of the reform will take two years.", "The implementation of the reform will take two years.")],
   **{"pass": ["The sudden realization of the danger frightened her.", "Her realization that she was lost came too late."]})

calque(key="cadres-staff",
   langs={"ru": "кадры", "pl": "kadry"},
   message="{lang} “{src}” means “staff, personnel”; English “cadres” are the core members of a party or army.",
   phrases=["cadres"], replacements=["staff", "personnel"], confidence=0.8,
   when=[{"before_regex": r"(?i)\b(?:qualified|professional|medical|teaching|young|scientific|highly qualified|highly-qualified|engineering|technical|skilled|managerial|national|local)\s*"}],
   unless={"before_regex": r"(?i)\b(?:party|communist|military|guerrilla|rebel|Taliban|Hamas|senior party|local party)\s+\w*\s*$"},
   flag=[("The region lacks qualified cadres.", "The region lacks qualified staff.")],
   **{"pass": ["Party cadres met in Beijing.", "Senior party cadres were purged."]})

calque(key="collective-staff",
   langs={"ru": "коллектив", "pl": "kolektyw"},
   message="{lang} “{src}” means “staff, team”; an English “collective” is a cooperative group.",
   phrases=["collective"], replacements=["staff", "team"], confidence=0.8,
   when=[{"after_regex": r"(?i)of (?:the |our |this )?(?:company|school|hospital|theatre|theater|plant|factory|institute|enterprise|newspaper|orchestra|ensemble|museum|university|clinic|library|editorial office)\b"}],
   flag=[("The collective of the school congratulated her.", "The staff of the school congratulated her.")],
   **{"pass": ["An artists' collective of the city exhibited.", "The farm became a collective."]})

calque(key="technique-equipment",
   langs={"ru": "техника"},
   message="Russian “техника” here means “equipment, vehicles”; English “technique” is a method or skill.",
   phrases=["technique"], replacements=["equipment", "vehicles"], confidence=0.8,
   when=[{"before_regex": r"(?i)\b(?:military|household|heavy|armou?red|special|snow-removal|firefighting)\s*",
          "after_regex": NP_END + r"|(?i:moved|moving|rolled|arrived|entered|crossed|including|such)\b"}],
   flag=[("Columns of military technique moved to the border.", "Columns of military equipment moved to the border.")],
   **{"pass": ["Her piano technique is excellent.", "A new surgical technique was developed."]})

calque(key="objects-facilities",
   langs={"ru": "объект", "pl": "obiekt"},
   message="{lang} “{src}” (military, energy, sports …) means “facility” or “site”; an English “object” is a thing.",
   phrases=["<object>"], replacements=["<facility|facilities>", "<site>"], confidence=0.8,
   when=[{"before_regex": r"(?i)\b(?:military|energy|infrastructure|sports|strategic|critical infrastructure|critical|residential|nuclear|construction)\s*"},
         {"after_regex": r"(?i)of (?:the )?(?:energy|critical|transport|military|civil|social|port|railway) infrastructure\b"}],
   flag=[("Drones attacked energy objects in the region.", "Drones attacked energy facilities in the region.")],
   **{"pass": ["Civilian objects are protected under international law.", "The museum shows everyday objects."]})

calque(key="liquidate-eliminate",
   langs={"ru": "ликвидировать", "pl": "likwidować"},
   message="{lang} “{src}” (consequences, an outbreak, a leak) means “eliminate, deal with, clean up”; English “liquidate” means “wind up a company” or “kill”.",
   phrases=["{liquidate}"], replacements=["{eliminate}", "{deal} with"], confidence=0.8,
   when=[{"after_regex": r"(?i)(?:the )?(?:consequences|aftermath|outbreak|leak|spill|flooding|shortage|deficit|illiteracy|queues|threat|hotbed|source|fire|fires|blaze)\b"}],
   flag=[("Rescuers are liquidating the consequences of the flood.", "Rescuers are eliminating the consequences of the flood.")],
   **{"pass": ["The company was liquidated.", "They liquidated their assets."]})

calque(key="emission-broadcast",
   langs={"pl": "emisja", "fr": "émission", "es": "emisión", "pt": "emissão"},
   message="{lang} “{src}” (on television or radio) is a “broadcast” or “programme”; English “emission” is something given off (gas, light).",
   phrases=["<emission>"], replacements=["<broadcast>", "<programme>"], confidence=0.8,
   # Not after "radio": "the radio emission of the moon" is astronomy (Brown corpus).
   when=[{"before_regex": r"(?i)\b(?:TV|television|live)\s*"},
         {"after_regex": r"(?i)of the (?:programme|program|series|film|show|episode|match|game|concert)\b"}],
   flag=[("The TV emission starts at eight.", "The TV broadcast starts at eight.")],
   **{"pass": ["Carbon emissions fell.", "Emission of light by the diode.", "The radio emission of the moon is thermal."]})

calque(key="emission-issue",
   langs={"ru": "эмиссия"},
   message="Russian “эмиссия” (of shares, bonds, money) is an “issue”; English “emission” is something given off (gas, light).",
   phrases=["emission"], replacements=["issue", "issuance"], confidence=0.85,
   when=[{"after_regex": r"(?i)of (?:new |additional )?(?:shares|bonds|securities|money|currency|banknotes|coins|stock|Eurobonds)\b"}],
   flag=[("The emission of new shares raised 2 billion.", "The issue of new shares raised 2 billion.")],
   **{"pass": ["Emission of greenhouse gases rose."]})

calque(key="it-makes-years",
   langs={"fr": "ça fait trois ans que", "es": "hace tres años que", "pt": "faz três anos que", "it": "fa tre anni che"},
   message="“it makes three years that …” copies {lang} “{src}”; English says “it has been three years since …” or “for three years”.",
   regex=r"\bit (?:makes|made) (\d+|one|two|three|four|five|six|seven|eight|nine|ten|many|several|a few) (years?|months?|weeks?|days?|hours?) (?:that|since)\b",
   replacements=["it has been $1 $2 since"], confidence=0.9,
   flag=[("It makes three years that we live here.", "It has been three years since we live here.")],
   **{"pass": ["It makes three copies.", "It has been three years since we moved."]})

calque(key="present-since",
   langs={"de": "ich wohne hier seit", "fr": "j'habite ici depuis", "es": "vivo aquí desde", "it": "abito qui da",
          "pt": "moro aqui desde", "ru": "я живу здесь с", "pl": "mieszkam tu od", "nl": "ik woon hier sinds"},
   message="With “since” English uses the present perfect (“I have lived here since 2010”), not the present tense of {lang} “{src}”.",
   description="No automatic fix: the present perfect depends on the verb and subject (have lived, has worked).",
   regex=r"\b(?:I|we|you|they|he|she) (?:live|lives|work|works|know|knows|am|is|are|study|studies|teach|teaches|wait|waits|play|plays) (?:(?:here|there|in \w+|at \w+ \w+|at \w+|for \w+|with \w+|each other|him|her|them|us|you|me)\s+)?since\b",
   confidence=0.75,
   when=[{"after_regex": r"(?i)(?:\d{4}|January|February|March|April|May|June|July|August|September|October|November|December|last|the age of|childhood|school|\d+ years?|\w+ years|years|months|weeks|yesterday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|this morning)\b"}],
   flag=["I live here since 2010.", "We know each other since school."],
   **{"pass": ["I have lived here since 2010.", "I live here, since it is cheap.", "She works here since she needs money."]})

calque(key="bell-call",
   langs={"nl": "bellen"},
   message="Dutch “bellen” means “call, phone”; English “bell” is a noun (“ring” is the verb).",
   phrases=["{bell}"], replacements=["{call}", "{phone}"], confidence=0.9, fix="safe",
   when=[{"after_regex": r"(?i)(?:me|you|him|her|us|them|the (?:doctor|police|office|ambulance|fire brigade))\b"}],
   flag=[("I will bell you tomorrow.", "I will call you tomorrow.")],
   **{"pass": ["The church bells rang.", "Who will bell the cat?"]})

calque(key="trap-stairs",
   langs={"nl": "trap"},
   message="Dutch “trap” means “stairs, staircase”; an English “trap” catches animals.",
   phrases=["trap"], replacements=["stairs"], confidence=0.85,
   when=[{"before_regex": r"(?i)\b(?:fell|fall|falls|falling|fallen|tripped|ran|run|runs|walked|walk|walks|went|go|goes|came|come|climbed|climb|climbs) (?:down|up|off|from) the\s*",
          "after_regex": r"(?:[.,;:!?)]|(?i:to|and|into|in|with|because)\b)"}],
   flag=[("She fell down the trap and broke her arm.", "She fell down the stairs and broke her arm.")],
   **{"pass": ["The mouse walked into the trap.", "He fell into a trap.", "He fell down the trap door."]})

# ============================================================================ NUMBERS, TIMES,
# DATES: formats that literal translation carries over from the source text. All eight source
# languages write a decimal comma (8,5 %); de, es, it, nl and pt group thousands with a dot
# (2.000); several name 10^9 “milliard”. In English each of these is misread or not a word.

DEC_LANGS = {"de": "8,5 Prozent", "es": "8,5 por ciento", "fr": "8,5 pour cent", "it": "8,5 per cento",
             "nl": "8,5 procent", "pl": "8,5 procent", "pt": "8,5 por cento", "ru": "8,5 процента"}
THOU_LANGS = {"de": "2.000 Menschen", "es": "2.000 personas", "it": "2.000 persone", "nl": "2.000 mensen",
              "pt": "2.000 pessoas"}
NUM_UNIT = (r"(?:%|°|(?:percent|per cent|percentage points?|points|million|billion|trillion|euros?|EUR|euro ?cents|"
            r"cents|dollars?|USD|pounds|GBP|francs|CHF|z[lł]otys?|z[lł]|PLN|roubles?|rubles?|RUB|kroner|kronor|"
            r"degrees|°C|kilometres|kilometers|km|km/h|metres|meters|m|centimetres|centimeters|cm|millimetres|"
            r"millimeters|mm|kilograms|kilos|kg|grams|g|tonnes|tons|t|litres|liters|l|hectares|ha|hours|minutes|"
            r"seconds|years|months|weeks|days|times|children per woman|kWh|MWh|MW|GW|GWh|TWh|mg|ml|ppm|seats|"
            r"goals)\b)")
COUNT_NOUNS = (r"(?:people|persons|visitors|spectators|fans|inhabitants|residents|citizens|employees|workers|staff|jobs|"
               r"students|pupils|teachers|doctors|nurses|soldiers|troops|police officers|officers|refugees|migrants|"
               r"asylum seekers|applicants|participants|members|demonstrators|protesters|tourists|passengers|patients|"
               r"cases|deaths|victims|infections|households|homes|houses|flats|apartments|dwellings|cars|vehicles|"
               r"copies|signatures|volunteers|children|animals|trees|euros?|EUR|dollars?|francs|pounds|kilometres|"
               r"kilometers|km|metres|meters|tonnes|tons|hectares|square metres|square meters|tickets|seats|companies|"
               r"firms|businesses|votes|voters|runners|athletes|books|works|objects|pieces|beds|rooms|guests|"
               r"customers|users|subscribers|pilgrims|supporters|hectolitres|litres|liters|men|women|fighters|prisoners|"
               r"inmates|workplaces|spectators|viewers|listeners|readers|homeless|dead|injured|wounded|evacuees)\b")

calque(key="decimal-comma",
   langs=DEC_LANGS,
   message="A decimal comma copies the {lang} number format (“{src}”); English writes a decimal point: 8.5, 1.2 million. Read in English, “8,5” is not a number.",
   description="Flagged before a unit, a currency, “percent” or “million/billion”, and in ranges (“from 3,5 to 4,2 percent”). Three digits after the comma (“2,500 people”) are an English thousands separator and pass.",
   regex=r"\b(\d{1,3}),(\d{1,2})\b", replacements=["$1.$2"], confidence=0.9, fix="safe",
   when=[{"after_regex": r"\s?" + NUM_UNIT},
         {"after_regex": r"(?:-|–|to|and|or)\s*\d{1,3}(?:[.,]\d{1,2})?\s?" + NUM_UNIT}],
   unless={"before_regex": r"(?:\d[.,]|[(\[{=,/%])\s*$", "after_regex": r"[.,/]\d"},
   flag=[("Turnover fell by 8,5 percent last year.", "Turnover fell by 8.5 percent last year."),
         ("Inflation rose to 2,3 % in May.", "Inflation rose to 2.3 % in May."),
         ("The firm borrowed 1,2 million euros.", "The firm borrowed 1.2 million euros."),
         ("Growth will be between 1,5 and 2 percent.", "Growth will be between 1.5 and 2 percent.")],
   **{"pass": ["More than 2,500 people came.", "Growth was 1.5 percent.", "Call f(1,2) twice.",
               "The scores were 3,4 and 5 in the three rounds.", "In 2019,25 percent of voters stayed home."]})

calque(key="decimal-comma-currency",
   langs=DEC_LANGS,
   message="A decimal comma in a price copies the {lang} number format; English writes €3.50, $1.99.",
   regex=r"(€|EUR ?|\$|£|CHF ?|PLN ?|US\$ ?)(\d{1,3}),(\d{2})\b", replacements=["$1$2.$3"], confidence=0.9, fix="safe",
   unless={"after_regex": r"[.,]?\d"},
   flag=[("A coffee costs €2,50 in the museum.", "A coffee costs €2.50 in the museum."),
         ("Tickets cost EUR 12,90 each.", "Tickets cost EUR 12.90 each.")],
   **{"pass": ["A coffee costs €2.50.", "The fine was €2,500.", "It cost $12,000 in total."]})

calque(key="thousands-dot",
   langs=THOU_LANGS,
   message="A dot between thousands copies the {lang} number format (“{src}”); in English “2.000” reads as two with three decimals. Write 2,000.",
   description="Flagged only before what is counted (people, visitors, jobs, euros, cars …) and after a currency sign, so version numbers and measurements (“1.000 mm”, “v2.000”, “ratio over 9.999”) pass.",
   regex=r"\b([1-9]\d{0,2})\.(\d{3})\b", replacements=["$1,$2"], confidence=0.9, fix="safe",
   when=[{"after_regex": r"(?:(?:new|more|additional|extra|other|foreign|young|local|German|Spanish|Italian|Dutch|Portuguese|European|registered|full-time|seasonal|paying)\s+){0,2}" + COUNT_NOUNS},
         {"before_regex": r"(?:€|EUR|\$|£|CHF)\s?$"}],
   unless={"before_regex": r"(?i)(?:\d[.,]|\bv|\bversion\s|\brelease\s|\bkernel\s|\bbuild\s)$", "after_regex": r"[.,]\d"},
   flag=[("More than 2.000 people attended the concert.", "More than 2,000 people attended the concert."),
         ("The museum received 90.000 visitors in four months.", "The museum received 90,000 visitors in four months."),
         ("The firm will cut 1.500 jobs.", "The firm will cut 1,500 jobs."),
         ("Tickets cost 15.000 euros.", "Tickets cost 15,000 euros.")],
   **{"pass": ["More than 2,000 people came.", "The rod is 1.000 m long after machining to 1.000 mm.",
               "Install version 2.000 of the tool.", "The value 3.142 is close to pi.", "It rose by 0.125 points."]})

calque(key="thousands-dot-round",
   langs=THOU_LANGS,
   message="A dot between thousands copies the {lang} number format (“more than 2.000”); in English “2.000” reads as two with three decimals. Write 2,000.",
   description="Round thousands (2.000, 15.500) after “more than / some / about / approximately”, at the end of the phrase; “a ratio over 9.999” passes.",
   regex=r"\b([1-9]\d{0,2})\.(\d00)\b", replacements=["$1,$2"], confidence=0.85, fix="safe",
   when=[{"before_regex": r"(?i)\b(?:more than|over|some|about|around|almost|nearly|up to|at least|approximately|roughly|fewer than|less than)\s*$",
          "after_regex": r"(?:[.;:!?)]|$|(?i:in|at|on|for|from|to|and|of|per|a|each|every|last|this|were|are|have|had|will|\w+ed|came|went|took|died|fled|left|ran|,\s*(?:and|but|while|the|of which|including|most|many|some|mostly))\b)"}],
   unless={"before_regex": r"(?i)(?:\d[.,]|\bv|\bversion\s|\brelease\s)$", "after_regex": r"[.,]\d"},
   flag=[("More than 2.000 attended the opening.", "More than 2,000 attended the opening."),
         ("Approximately 30.000 to 40,000 men were recruited.", "Approximately 30,000 to 40,000 men were recruited.")],
   **{"pass": ["If ratio is over 9.999, three dashes are shown.", "It weighs about 1.500 kg.", "More than 2,000 attended."]})

calque(key="millions-dot",
   langs=THOU_LANGS,
   message="Dots between groups of digits copy the {lang} number format (“1.200.000”); English writes 1,200,000.",
   regex=r"\b([1-9]\d{0,2})\.(\d{3})\.(\d{3})\b", replacements=["$1,$2,$3"], confidence=0.9, fix="safe",
   when=[{"after_regex": r"\s?(?:(?:new|more|additional|other|foreign)\s+){0,2}" + COUNT_NOUNS},
         {"before_regex": r"(?i)(?:\b(?:more than|over|some|about|around|almost|nearly|up to|at least|approximately|roughly|fewer than|less than)|[€$£]|EUR|USD)\s*$"}],
   unless={"before_regex": r"(?i)(?:\d[.,]|\bv|\bversion\s|\brelease\s)$", "after_regex": r"[.,]\d"},
   flag=[("The region has 1.200.000 inhabitants.", "The region has 1,200,000 inhabitants."),
         ("The club paid more than 2.500.000 for him.", "The club paid more than 2,500,000 for him.")],
   **{"pass": ["The region has 1,200,000 inhabitants.", "Upgrade from 1.100.000 to 1.100.001 when prompted.",
               "The address 10.100.100.1 is private."]})

MILLIARD_LANGS = {"de": "Milliarde", "fr": "milliard", "it": "miliardo", "nl": "miljard", "pl": "miliard",
                  "ru": "миллиард"}
calque(key="decimal-comma-milliard",
   langs=MILLIARD_LANGS,
   message="“1,2 milliards” copies {lang} “{src}” and its decimal comma; English says “1.2 billion”.",
   regex=r"\b(\d{1,3}),(\d{1,2}) (?:milliards?\b|Mrd\b\.?|mld\b\.?|mlrd\b\.?)", replacements=["$1.$2 billion"], confidence=0.95, fix="unsafe",
   unless={"before_regex": r"(?:\d[.,])$"},
   flag=[("Turnover fell to 1,2 milliards euros.", "Turnover fell to 1.2 billion euros."),
         ("The deal is worth 2,5 Mrd. euros.", "The deal is worth 2.5 billion euros.")],
   **{"pass": ["Turnover fell to 1.2 billion euros.", "It cost 1,200 million euros."]})

calque(key="milliard-billion",
   langs=MILLIARD_LANGS,
   message="{lang} “{src}” is 10⁹, which English calls a “billion”; “milliard” is obsolete and not understood.",
   regex=r"\b(\d{1,3}(?:,\d{3})*(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|a|several|many|a few) (?:milliards?\b|Mrd\b\.?|mld\b\.?|mlrd\b\.?)",
   replacements=["$1 billion"], confidence=0.95, fix="unsafe",
   unless={"before_regex": r"(?:\d[.,])$"},
   flag=[("The state invested 5 milliards euros.", "The state invested 5 billion euros."),
         ("A milliard people live in India.", "A billion people live in India."),
         ("Profits reached 3.4 milliard dollars.", "Profits reached 3.4 billion dollars.")],
   **{"pass": ["The state invested 5 billion euros.", "The firm is worth a billion."]})

calque(key="milliards-of",
   langs=MILLIARD_LANGS,
   message="“milliards of” copies {lang} “{src}”; English says “billions of”.",
   phrases=["milliards of"], replacements=["billions of"], confidence=0.95, fix="safe",
   flag=[("The crisis cost milliards of euros.", "The crisis cost billions of euros.")],
   **{"pass": ["The crisis cost billions of euros."]})

calque(key="decimal-comma-mio",
   langs={"de": "3,5 Mio.", "nl": "3,5 mln.", "pl": "3,5 mln", "ru": "3,5 млн", "it": "3,5 mln"},
   message="“3,5 Mio./mln” copies the {lang} abbreviation and decimal comma; English writes “3.5 million”.",
   regex=r"\b(\d{1,3}),(\d{1,2}) (?:Mio|mio|mln|Mln)\b\.?", replacements=["$1.$2 million"], confidence=0.95, fix="unsafe",
   case_sensitive=True,
   unless={"before_regex": r"(?:\d[.,])$"},
   flag=[("Sales rose to 3,5 Mio. euros.", "Sales rose to 3.5 million euros."),
         ("The town got 2,4 mln zloty.", "The town got 2.4 million zloty.")],
   **{"pass": ["Sales rose to 3.5 million euros.", "Sales rose to $3.5 mln in May."]})

calque(key="mio-million",
   langs={"de": "Mio."},
   message="“Mio.” is the German abbreviation of “Million”; English writes “million” (or “m” in headlines).",
   regex=r"\b(\d{1,3}(?:,\d{3})*(?:\.\d+)?) Mio\b\.?", replacements=["$1 million"], confidence=0.9,
   case_sensitive=True, fix="unsafe",
   unless={"before_regex": r"(?:\d[.,])$"},
   flag=[("The project costs 40 Mio. euros.", "The project costs 40 million euros.")],
   **{"pass": ["The project costs 40 million euros.", "Mio is a cat."]})

calque(key="thousands-of-millions",
   langs={"es": "miles de millones", "pt": "milhares de milhões"},
   message="“thousands of millions” copies {lang} “{src}”; English says “billions”.",
   phrases=["thousands of millions", "thousands of million"], replacements=["billions"], confidence=0.9, fix="safe",
   flag=[("The government spent thousands of millions of euros.", "The government spent billions of euros.")],
   **{"pass": ["The government spent billions of euros.", "Thousands of people watched."]})

calque(key="thousand-millions",
   langs={"es": "mil millones", "pt": "mil milhões"},
   message="“3 thousand millions” copies {lang} “{src}”; English says “3 billion”.",
   regex=r"\b(\d{1,3}(?:[.,]\d+)?|a|one|two|three|four|five|six|seven|eight|nine|ten|several) thousand millions(?: of)?\b",
   replacements=["$1 billion"], confidence=0.9, fix="safe",
   flag=[("The plan costs 3 thousand millions of euros.", "The plan costs 3 billion euros.")],
   **{"pass": ["The plan costs 3 billion euros.", "It cost two thousand million pounds in 1950."]})

HOUR = r"(?:1[0-2]|0?[1-9])(?:[.:][0-5]\d)?"
calque(key="at-the-8-of-the-night",
   langs={"es": "a las 8 de la noche", "pt": "às 8 da noite", "it": "alle 8 di sera", "fr": "à 8 heures du soir"},
   message="“at (the) 8 of the night/evening” copies {lang} “{src}”; English says “at 8 p.m.” or “at 8 in the evening”.",
   regex=r"\bat (?:the (" + HOUR + r")(?: o'clock| hours?)? (?:of|in)|(" + HOUR + r")(?: o'clock| hours?)? of) the (?:night|evening|afternoon)\b",
   replacements=["at $1$2 p.m."], confidence=0.9, fix="safe",
   flag=[("He will give a talk at the 8 of the night on Friday.", "He will give a talk at 8 p.m. on Friday."),
         ("The doors open at 7 of the evening on Saturday.", "The doors open at 7 p.m. on Saturday."),
         ("The concert starts at the 9.30 in the evening today.", "The concert starts at 9.30 p.m. today.")],
   **{"pass": ["The doors open at 7 in the evening.", "He arrived at 8 p.m.", "Two of the 8 of the evening shifts were cancelled."]})

calque(key="at-the-8-of-the-morning",
   langs={"es": "a las 8 de la mañana", "pt": "às 8 da manhã", "it": "alle 8 di mattina", "fr": "à 8 heures du matin"},
   message="“at (the) 8 of the morning” copies {lang} “{src}”; English says “at 8 a.m.” or “at 8 in the morning”.",
   regex=r"\bat (?:the (" + HOUR + r")(?: o'clock| hours?)? (?:of|in)|(" + HOUR + r")(?: o'clock| hours?)? of) the (?:morning|dawn|early morning)\b",
   replacements=["at $1$2 a.m."], confidence=0.9, fix="safe",
   flag=[("The market opens at the 8 of the morning on weekdays.", "The market opens at 8 a.m. on weekdays."),
         ("The fire broke out at 5 of the morning on Sunday.", "The fire broke out at 5 a.m. on Sunday.")],
   **{"pass": ["The fire broke out at 5 in the morning.", "The market opens at 8 a.m."]})

calque(key="at-20-oclock",
   langs={"de": "um 20 Uhr", "nl": "om 20 uur", "fr": "à 20 heures", "es": "a las 20 horas", "it": "alle ore 20",
          "pt": "às 20 horas", "pl": "o godzinie 20", "ru": "в 20 часов"},
   message="“at 20 o'clock / at 20 hours” copies the {lang} 24-hour time (“{src}”); English says “at 8 p.m.” or “at 20:00”.",
   description="Hours 13–23 only: “o'clock” goes with the 12-hour clock in English. “at 24 hours” and “at 18 hours after infection” (a duration) pass.",
   regex=r"\bat (1[3-9]|2[0-3])(?:[.:]00)? (?:o'clock|hours|hrs)\b", replacements=["at $1:00"], confidence=0.85, fix="unsafe",
   unless={"after_regex": r"(?i)(?:after|post|of|later|before|into|from|earlier|since|apart|old|per|a day|and)\b"},
   flag=[("The match starts at 20 o'clock on Saturday.", "The match starts at 20:00 on Saturday."),
         ("The meeting will begin at 14 hours.", "The meeting will begin at 14:00.")],
   **{"pass": ["The match starts at 8 o'clock.", "Samples were taken at 18 hours after infection.",
               "Symptoms peak at 24 hours.", "The cells were counted at 16 hours and 20 hours."]})

calque(key="at-20h30",
   langs={"fr": "à 20h30"},
   message="“20h30” is the French way of writing a time; English writes 20:30 or 8.30 p.m.",
   regex=r"\bat ([01]?\d|2[0-3])h([0-5]\d)\b", replacements=["at $1:$2"], confidence=0.85, fix="safe",
   flag=[("The film starts at 20h30 in the main hall.", "The film starts at 20:30 in the main hall.")],
   **{"pass": ["The film starts at 20:30.", "Run the job every 2h30."]})

MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
calque(key="the-3-of-may",
   langs={"es": "el 3 de mayo", "pt": "o dia 3 de maio", "it": "il 3 maggio"},
   message="“the 3 of May” copies {lang} “{src}”; English writes “3 May”, “May 3” or “the 3rd of May”.",
   regex=r"\bthe (?:day )?([0-3]?\d) of (" + MONTHS + r")\b", replacements=["$2 $1"], confidence=0.9, fix="safe",
   case_sensitive=False,
   flag=[("The festival opens on the 3 of May.", "The festival opens on May 3."),
         ("The law came into force on the day 12 of March.", "The law came into force on March 12.")],
   **{"pass": ["The festival opens on the 3rd of May.", "The festival opens on 3 May.", "Two of the 3 of us may come."]})

calque(key="next-month-of-march",
   langs={"es": "el próximo mes de marzo", "pt": "o próximo mês de março", "it": "il prossimo mese di marzo"},
   message="“the next month of March” copies {lang} “{src}”; English says “next March” (“the next month” is the month after this one).",
   regex=r"\b(?:the )?(?:next|coming) month of (" + MONTHS + r")\b", replacements=["next $1"], confidence=0.9, fix="safe",
   flag=[("The show can be visited until the next month of March.", "The show can be visited until next March.")],
   **{"pass": ["The show can be visited until next March.", "In the month of March it rains."]})

calque(key="past-month-of-march",
   langs={"es": "el pasado mes de marzo", "pt": "o passado mês de março", "it": "lo scorso mese di marzo"},
   message="“the past month of March” copies {lang} “{src}”; English says “last March” or “in March”.",
   regex=r"\b(?:the )?(?:past|previous|last) month of (" + MONTHS + r")\b", replacements=["last $1"], confidence=0.85, fix="unsafe",
   unless={"after_regex": r"(?i)(?:\d{4}|is|was|will|has|had)\b"},
   flag=[("The law was approved the past month of March.", "The law was approved last March.")],
   **{"pass": ["The law was approved last March.", "December is the last month of the year."]})

calque(key="in-the-year-of-2019",
   langs={"pt": "no ano de 2019", "es": "en el año de 2019", "it": "nell'anno del 2019"},
   message="“in the year of 2019” copies {lang} “{src}”; English says “in 2019”.",
   regex=r"\bin the year of (1[5-9]\d{2}|20\d{2})\b", replacements=["in $1"], confidence=0.85, fix="safe",
   flag=[("The company was founded in the year of 1998.", "The company was founded in 1998.")],
   **{"pass": ["The company was founded in 1998.", "It was the year of 1968 protests."]})

calque(key="in-the-year-2019",
   langs={"de": "im Jahr 2019", "es": "en el año 2019", "fr": "en l'an 2019", "it": "nell'anno 2019",
          "nl": "in het jaar 2019", "pl": "w roku 2019", "pt": "no ano 2019", "ru": "в 2019 году"},
   message="“in the year 2019” copies {lang} “{src}”; in running English “in 2019” is enough.",
   description="A style calque, not an error of meaning: on only in a text with two other findings (corroboration = 2). “in the year 2000” (the millennium) and “the year 2000 problem” pass.",
   regex=r"\bin the year (1[5-9]\d{2}|20(?:0[1-9]|[1-9]\d))\b", replacements=["in $1"], confidence=0.5, fix="unsafe",
   severity="info", corroboration=2,
   unless={"after_regex": r"(?i)(?:problem|bug|compliance|crisis|issue|of our lord|to|ending|ended|before|after)\b"},
   flag=[("Sales fell in the year 2019 and rose in 2020.", "Sales fell in 2019 and rose in 2020.")],
   **{"pass": ["Sales fell in 2019.", "Profits rose in the year to March 2019.", "In the year 2000 the world celebrated."]})

calque(key="the-80-percent-of",
   langs={"es": "el 80 % de", "it": "l'80 % di", "pt": "os 80 % de", "fr": "les 80 % de"},
   message="“the 62 percent of parents” copies the article of {lang} “{src}”; English says “62 percent of parents”.",
   description="Corrected English keeps “the” only for a subset defined after it (“the 20% of adults who smoke”); those pass. On only in a text with two other findings (corroboration = 2).",
   regex=r"\bthe (\d{1,3}(?:[.,]\d)?)( ?(?:%|percent|per cent)) of\b", replacements=["$1$2 of"], confidence=0.6, fix="unsafe",
   corroboration=2,
   unless={"after_regex": r"[^.!?;]{0,60}\b(?:who|that|which|whose|where|with|without)\b"},
   flag=[("According to the survey, the 62 percent of parents support the tests.", "According to the survey, 62 percent of parents support the tests.")],
   **{"pass": ["The 20 percent of adults who smoke pay more.", "62 percent of parents support the tests."]})

# ============================================================================ NEWS CALQUES:
# false friends and calques of business, politics, school and culture news translated word for
# word (added after the first packs; same format as above).

EVENT_HELD = (r"(?:meetings?|summits?|elections?|conferences?|congress(?:es)?|referendums?|referenda|trials?|sessions?|"
              r"hearings?|fairs?|assembl(?:y|ies)|debates?|galas?|forums?|exhibitions?|concerts?|plenary|talks|"
              r"negotiations|auctions?|primaries|(?:film|music|jazz|art|arts|theatre|theater|book|rock|dance|"
              r"cinema|comedy|literary) festivals?|festivals? of (?:contemporary |modern |classical |electronic |"
              r"independent |early )?(?:art|arts|music|cinema|film|films|theatre|theater|dance|jazz|literature|comedy))")
calque(key="celebrated-held",
   langs={"es": "celebrarse", "it": "celebrarsi", "pt": "celebrar-se"},
   message="{lang} “{src}” (of a meeting, an election, a festival) means “take place, be held”; English “celebrate” means “mark with festivities”.",
   description="Flagged after meetings, summits, elections, trials, sessions, exhibitions, concerts and arts festivals in the passive (“the summit will be celebrated in Madrid”) and as a participle (“the summit celebrated in Madrid”). Matches, finals, weddings, Mass, anniversaries and religious festivals, which English does celebrate, pass, and so does “celebrated by the fans”.",
   phrases=["celebrated"], replacements=["held"], confidence=0.8,
   when=[{"before_regex": r"(?i)\b(?:the|a|an|this|next|last|these|its|their|our)\s+(?:[\w'’-]+\s+){0,3}" + EVENT_HELD + r"\b(?:\s+of\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,2})?(?:\s*,\s*which|\s+that|\s+which)?\s+(?:will be|would be|was|were|is|are|has been|have been|had been|is being|are being|to be|will have been|is to be|are to be|must be|should be|can be|could be|may be|might be)\s+(?:\w+ly\s+)?",
          "after_regex": r"(?i)(?:in|on|at|from|between|next|this|last|every|each|yesterday|today|tomorrow|behind|without|under|until|over|during|for the first time|as planned|as scheduled|[,.;])"},
         {"before_regex": r"(?i)\b(?:the|a|an|this|last|these)\s+(?:[\w'’-]+\s+){0,2}(?:meeting|summit|elections?|conference|trial|session|hearing|fair|debate|gala|forum|exhibition|concert|talks|negotiations|primaries|plenary)\s*$",
          "after_regex": r"(?i)(?:in|on|at|last|this|yesterday|between)\s+(?:[A-Z0-9]|the|last|this|early|late)"}],
   unless={"after_regex": r"(?i)(?:with|by|as|in (?:style|the streets|the bars|the squares|the press|the media|reviews|newspapers|song|verse|poetry|print|literature))\b"},
   flag=[("The festival of contemporary art, which will be celebrated in May, includes a show.", "The festival of contemporary art, which will be held in May, includes a show."),
         ("The elections were celebrated on Sunday without incident.", "The elections were held on Sunday without incident."),
         ("The summit celebrated in Madrid ended without a deal.", "The summit held in Madrid ended without a deal.")],
   **{"pass": ["The victory was celebrated in the streets.", "Mass was celebrated in the cathedral.",
               "The festival of Saint John is celebrated on 24 June.", "The concert was celebrated by critics.",
               "The anniversary was celebrated with fireworks.", "The team celebrated in the dressing room.",
               "The exhibition was celebrated in the press.", "The vote was celebrated in Kyiv."]})

calque(key="spectacle-show",
   langs={"es": "espectáculo", "fr": "spectacle", "it": "spettacolo", "pt": "espetáculo", "pl": "spektakl", "ru": "спектакль"},
   message="{lang} “{src}” means “show, performance”; English “spectacle” is an impressive sight (“the spectacle of the fireworks”).",
   description="Singular “spectacle” only (“spectacles” are glasses), where a staged performance is meant: for children, premieres, starts, lasts, tickets for, attend. “the spectacle of …” and “make a spectacle of oneself” pass.",
   phrases=["spectacle"], replacements=["show", "performance"], confidence=0.7,
   when=[{"after_regex": r"(?i)(?:(?:will be|was|is|were) (?:performed|staged|shown|presented|premiered)|premiered|premieres|will premiere|(?:starts|begins|lasts|ends|will start|will begin|will last) (?:at|on|in|for|\d)|for (?:children|families|the whole family|all ages|young audiences)|at the (?:theatre|theater|opera|Bolshoi|Mariinsky))\b"},
         {"before_regex": r"(?i)\b(?:tickets? for|attend|attended|attending|attends|directed|staged|premiered|rehearsed|rehearsing|rehearse|choreographed) (?:the|a|this|their|his|her|its) (?:new |latest |next |first |final |last |musical |dance |theatre |theater )?$"}],
   unless={"before_regex": r"(?i)\b(?:make|makes|made|making) (?:a|an|such a|quite a)\s+(?:\w+\s+)?$", "after_regex": r"(?i)of\b"},
   flag=[("Tickets for the spectacle cost 20 euros.", "Tickets for the show cost 20 euros."),
         ("The spectacle for children starts at 5 p.m.", "The show for children starts at 5 p.m.")],
   **{"pass": ["The fireworks were a spectacle.", "He made a spectacle of himself.", "The spectacle of the eclipse drew crowds.",
               "She wore spectacles inspired by the 1950s.", "It was quite a spectacle."]})

EXCLUDE_OBJ = (r"(?:that\s+(?:(?:the|a|an|his|her|their|its|our|some)\s+)?(?:[\w-]+\s+){0,3}(?:will|would|could|might|may|can|is|are|was|were|has|have|had|did|does)|further (?:job cuts|cuts|layoffs|redundancies|rate cuts|rate hikes|rate rises|price increases|"
               r"increases|rises|steps|measures|sanctions|strikes|attacks|acquisitions|closures|write-downs|tax increases|"
               r"talks|negotiations|military action|losses|delays)|new (?:elections|sanctions|strikes|cuts|layoffs|"
               r"lockdowns?|restrictions|taxes|talks)|an? (?:early|snap|new|second|further|possible) (?:elections?|"
               r"referendum|lockdown|rate cut|rate hike|strike|intervention|bailout|merger|sale|takeover|offer|bid|run|"
               r"candidacy|attack|offensive|devaluation)|an? (?:return|comeback|resignation|merger|takeover|sale|"
               r"strike|intervention|bailout|lockdown|devaluation|coalition|alliance|compromise|candidacy)|(?:early|snap) "
               r"elections|(?:job|staff) cuts|layoffs|redundancies|(?:interest )?rate (?:cuts|hikes|rises|increases)|"
               r"(?:tax|price) (?:increases|rises|hikes)|military (?:action|intervention|force|options?)|"
               r"the use of (?:force|military force|weapons|troops)|a military (?:option|solution|response))\b")
calque(key="spectacle-show-by",
   langs={"es": "espectáculo", "fr": "spectacle", "it": "spettacolo", "pt": "espetáculo", "pl": "spektakl", "ru": "спектакль"},
   message="{lang} “{src}” means “show, performance”; English “spectacle” is an impressive sight.",
   description="“a spectacle inspired/directed/staged by …”; English also calls a grand ceremony a spectacle, so this is on only in a text with two other findings (corroboration = 2).",
   phrases=["spectacle"], replacements=["show", "performance"], confidence=0.6, corroboration=2,
   when=[{"after_regex": r"(?i)(?:inspired by|directed by|staged by|choreographed by|written by|produced by|created by|conceived by|based on|starring|featuring)\b"}],
   unless={"after_regex": r"(?i)of\b"},
   flag=[("The festival will include a spectacle inspired by her paintings.", "The festival will include a show inspired by her paintings.")],
   **{"pass": ["She wore spectacles inspired by the 1950s.", "The spectacle of the eclipse drew crowds."]})

calque(key="not-exclude-rule-out",
   langs={"de": "schloss nicht aus", "fr": "n'a pas exclu", "es": "no descartó", "it": "non ha escluso",
          "pt": "não excluiu", "pl": "nie wykluczył", "ru": "не исключил", "nl": "sloot niet uit"},
   message="“did not exclude further cuts” copies {lang} “{src}”; English says “did not rule out”.",
   description="Flagged after a negation or “cannot be” before “that”-clauses and before what politicians and firms rule out (further cuts, early elections, a return, sanctions, military action). “The study did not exclude patients with diabetes” and “does not exclude the possibility of” pass.",
   phrases=["{exclude}"], replacements=["{rule} out"], confidence=0.8,
   when=[{"before_regex": r"(?i)(?:\bnot|n't|\bnever|\bcannot)\s+(?:be\s+|been\s+|yet\s+|entirely\s+|completely\s+|fully\s+)?$",
          "after_regex": EXCLUDE_OBJ}],
   flag=[("Kessler did not exclude further job cuts next year.", "Kessler did not rule out further job cuts next year."),
         ("The minister did not exclude that taxes could rise.", "The minister did not rule out that taxes could rise."),
         ("It cannot be excluded that the vote will be delayed.", "It cannot be ruled out that the vote will be delayed."),
         ("The president has not excluded a return to politics.", "The president has not ruled out a return to politics.")],
   **{"pass": ["The study did not exclude patients with diabetes.", "A normal X-ray does not exclude a fracture.",
               "The list does not exclude the possibility of errors.", "The filter does not exclude hidden files.",
               "The rules do not exclude that option."]})

calque(key="excluded-any-ruled-out",
   langs={"de": "schloss aus", "fr": "a exclu", "es": "descartó", "it": "ha escluso", "pt": "excluiu", "pl": "wykluczył",
          "ru": "исключил", "nl": "sloot uit"},
   message="“excluded any return / a tax increase” copies {lang} “{src}”; English says “ruled out”.",
   phrases=["{exclude}"], replacements=["{rule} out"], confidence=0.75,
   when=[{"before_regex": r"\b(?:[Hh]e|[Ss]he|[Tt]hey|minister|president|chancellor|government|premier|prime minister|CEO|chief executive|company|bank|party|leader|spokesman|spokeswoman|spokesperson|coach|[A-Z][a-z]+)\s+(?:\w+ly\s+|also\s+|again\s+|firmly\s+|flatly\s+)?$",
          "after_regex": r"(?i)(?:any|a|an)\s+(?:(?:further|new|early|snap|possible|quick|swift|military|second|\w+-rate|tax|price|rate)\s+)*(?:possibility|chance|return|comeback|resignation|compromise|negotiations?|deal|intervention|increase|rise|hike|cut|cuts|coalition|alliance|elections?|candidacy|run|bailout|devaluation|lockdown|merger|sale|takeover)\b"}],
   unless={"after_regex": r"(?i)(?:any|a|an)\s+(?:\w+\s+){0,3}(?:patients?|participants?|respondents?|cases?|data|files?|items?|children|persons?|people|members?|employees?)\b"},
   flag=[("The minister excluded a tax increase this year.", "The minister ruled out a tax increase this year."),
         ("She excluded any return to the government.", "She ruled out any return to the government.")],
   **{"pass": ["The survey excluded any respondents under 18.", "The analysis excluded a second group of patients."]})

calque(key="prognosis-forecast",
   langs={"de": "Prognose", "nl": "prognose", "pl": "prognoza", "ru": "прогноз"},
   message="{lang} “{src}” of sales, growth or the weather is a “forecast”; an English “prognosis” is a doctor's outlook for a patient.",
   description="Flagged after economic and weather words (growth, sales, profit, weather …), after a firm raising, cutting or revising “its prognosis”, and in “the prognosis for the current year / for 2025”.",
   phrases=["<prognosis|prognoses>"], replacements=["<forecast>"], confidence=0.8,
   when=[{"before_regex": r"(?i)\b(?:growth|sales|revenue|profit|profits|earnings|turnover|economic|GDP|inflation|budget|tax|election|traffic|demand|price|production|harvest|weather|population|spring|autumn|annual|full-year|quarterly|business|market|industry|export|employment|unemployment|interest rate|tax revenue|company's|group's)\s*$"},
         {"before_regex": r"(?i)\b(?:raised|raises|raise|raising|lowered|lowers|lower|lowering|cut|cuts|cutting|revised|revises|revise|revising|adjusted|adjusts|adjust|upgraded|downgraded|lifted|lifts|corrected|corrects|scrapped|withdrew|withdrawn|reaffirmed|confirmed|confirms)\s+(?:its|their|our)\s+(?:\w+\s+)?$"},
         {"after_regex": r"(?i)for (?:the )?(?:current|coming|next|this|whole|full|entire) (?:year|quarter|financial year|fiscal year|business year|half|season)\b|for (?:19|20)\d\d\b"}],
   unless={"document": ["patient", "patients", "disease", "cancer", "tumour", "tumor", "diagnosis", "clinical", "survival",
                        "therapy", "symptoms", "illness", "surgery", "prognostic"]},
   flag=[("The growth prognosis was cut to 0.5 percent.", "The growth forecast was cut to 0.5 percent."),
         ("The company raised its prognosis for sales.", "The company raised its forecast for sales."),
         ("The prognosis for the current year is cautious.", "The forecast for the current year is cautious.")],
   **{"pass": ["The patient's prognosis is good.", "The prognosis for patients with this cancer has improved.",
               "Doctors confirmed the prognosis."]})

calque(key="prognosis-forecast-business",
   langs={"de": "Prognose", "nl": "prognose", "pl": "prognoza", "ru": "прогноз"},
   message="{lang} “{src}” in a company or market report is a “forecast”; an English “prognosis” is a doctor's outlook for a patient.",
   description="“The prognosis” in a text about turnover, profits or shares with no medical words; on only in a text with two other findings (corroboration = 2).",
   phrases=["prognosis"], replacements=["forecast"], confidence=0.6, corroboration=2,
   when=[{"before_regex": r"(?i)\b(?:the|this|our|its|their)\s*$",
          "document": ["turnover", "revenue", "profit", "shares", "analysts", "orders", "sales", "investors"]}],
   unless={"document": ["patient", "patients", "disease", "cancer", "tumour", "tumor", "diagnosis", "clinical", "survival",
                        "therapy", "symptoms", "illness", "surgery", "prognostic"]},
   flag=[("The prognosis depends on energy prices; turnover fell and the shares lost 3 percent.", "The forecast depends on energy prices; turnover fell and the shares lost 3 percent.")],
   **{"pass": ["The prognosis is good, the doctors say; the patient's shares in the firm are safe."]})

CONJ_LANGS = {"de": "Konjunktur", "fr": "conjoncture", "es": "coyuntura", "it": "congiuntura", "pt": "conjuntura",
              "pl": "koniunktura", "ru": "конъюнктура", "nl": "conjunctuur"}
calque(key="economic-conjuncture",
   langs=CONJ_LANGS,
   message="“economic conjuncture” copies {lang} “{src}”; English says “economic situation” or “the economy”.",
   phrases=["economic conjuncture"], replacements=["economic situation", "economy"], confidence=0.9, fix="safe",
   flag=[("The economic conjuncture remains weak.", "The economic situation remains weak.")],
   **{"pass": ["The economic situation remains weak.", "The economy remains weak."]})

calque(key="conjuncture-economy",
   langs=CONJ_LANGS,
   message="{lang} “{src}” means “the economy, the business cycle”; English “conjuncture” is a (critical) combination of events and is not said of the economy.",
   description="Every “conjuncture” except the English senses: “at this conjuncture”, “a historical/political/critical conjuncture”, “a conjuncture of events”.",
   phrases=["<conjuncture>"], replacements=["economy", "economic situation"], confidence=0.8,
   unless={"before_regex": r"(?i)(?:\bat (?:this|that|a|an|the|the present|the current|such a)(?: \w+)?|\b(?:historical|historic|political|ideological|theoretical|critical|particular|unique|crucial|decisive|rare|fortunate|unfortunate|happy|strange|curious|economic|present|propitious|favourable|favorable|opportune))\s*$",
           "after_regex": r"(?i)of (?:events|circumstances|forces|factors|the planets|planets|stars|interests|crises)\b"},
   flag=[("The forecast depends on the conjuncture in Germany.", "The forecast depends on the economy in Germany."),
         ("A weak conjuncture hit exports.", "A weak economy hit exports.")],
   **{"pass": ["At this conjuncture, the party split.", "It was a rare conjuncture of events.",
               "The historical conjuncture of the 1960s shaped the movement."]})

calque(key="conjunctural-cyclical",
   langs=CONJ_LANGS,
   message="“conjunctural” copies {lang} “{src}”; English economists say “cyclical” (or “economic”).",
   phrases=["conjunctural"], replacements=["cyclical", "economic"], confidence=0.8,
   when=[{"after_regex": r"(?i)(?:slowdown|downturn|recovery|crisis|weakness|cycle|development|situation|data|indicators?|upswing|upturn|fluctuations|risks?|unemployment|decline|trend|trends|outlook|factors|conditions|effects?)\b"}],
   flag=[("The conjunctural slowdown hit the car industry.", "The cyclical slowdown hit the car industry.")],
   **{"pass": ["The cyclical slowdown hit the car industry."]})

calque(key="short-work",
   langs={"de": "Kurzarbeit"},
   message="German “Kurzarbeit” is “short-time work” (reduced hours paid partly by the state); “short work” is not English for it (“make short work of” is an idiom).",
   phrases=["short work", "short-work"], replacements=["short-time work"], confidence=0.85, fix="safe",
   when=[{"before_regex": r"(?i)\b(?:on|in|into|for|introduce|introduced|introducing|introduces|apply for|applied for|applying for|register(?:ed)? for|switch(?:ed)? to|accept|accepted|accepting|accepts|use|used|uses|using|extend|extended|extends|end|ended|ends|with|and|of|through|via|to)\s*$"},
         {"after_regex": r"(?i)(?:allowance|allowances|compensation|benefits?|money|pay|scheme|schemes|rules|regulations|subsid(?:y|ies)|model|arrangements?)\b"}],
   unless={"before_regex": r"(?i)\b(?:make|made|makes|making|of such|such)\s*(?:\w+\s+)?$",
           "after_regex": r"(?i)(?:of|weeks?|days?|hours|shifts?|sessions?|breaks?|spells?|stints?|contracts?|stories|story|pieces?)\b"},
   flag=[("The staff accepted short work during the pandemic.", "The staff accepted short-time work during the pandemic."),
         ("The firm applied for short-work allowance.", "The firm applied for short-time work allowance."),
         ("Some 400 employees are on short work.", "Some 400 employees are on short-time work.")],
   **{"pass": ["The team made short work of the opposition.", "They made short work of it.", "It was a short work of fiction.",
               "He prefers short work weeks.", "Employees are on short-time work."]})

COLLAB_LABOUR = ["works council", "job cuts", "redundancies", "layoffs", "wages", "salaries", "trade union", "workforce",
                 "employer", "employers", "pay rise", "payroll", "headquarters", "turnover"]
COLLAB_OTHER = ["nazi", "nazis", "vichy", "occupiers", "occupation", "traitor", "traitors", "treason", "collaborationist",
                "wartime", "co-author", "co-authors", "researchers", "scientists", "laboratory", "physicists", "resistance"]
calque(key="collaborators-employees",
   langs={"de": "Mitarbeiter", "fr": "collaborateurs", "es": "colaboradores", "it": "collaboratori", "pt": "colaboradores",
          "nl": "medewerkers", "ru": "сотрудники", "pl": "współpracownicy"},
   message="{lang} “{src}” of a firm are its “employees” or “staff”; English “collaborators” work with someone on a project, or with an occupying enemy.",
   description="Flagged in texts about a firm's workforce (works council, job cuts, wages …): after numbers (“4,800 collaborators”), after employ/hire/lay off, and in “the collaborators of the company”. Texts about the war, research or science pass. On only in a text with two other findings (corroboration = 2).",
   phrases=["<collaborator>"], replacements=["<employee>", "staff"], confidence=0.65, corroboration=2,
   when=[{"before_regex": r"(?i)(?:\d[\d,.]*|hundreds of|thousands of|some|around|about|almost|nearly|more than|over)\s+(?:(?:new|full-time|part-time|permanent|temporary)\s+)?$",
          "document": COLLAB_LABOUR},
         {"before_regex": r"(?i)\b(?:employs|employed|employing|employ|hired|hires|hire|hiring|recruited|recruit|recruits|laid off|lay off|dismissed|dismiss|fired|fire|pays|paid|trains|trained|its|the company's|the firm's|the group's)\s+(?:\d[\d,.]*\s+|new\s+|more\s+|our\s+|their\s+)*$"},
         {"after_regex": r"(?i)of (?:the|our|its|this|their) (?:company|firm|bank|group|museum|ministry|store|shop|hospital|plant|factory|hotel|department|organisation|organization|newspaper|agency|station|airline|administration|municipality|city hall|town hall|supermarket|chain)\b"},
         {"before_regex": r"(?i)\b(?:the|our|its|their|all|many)\s*$", "document": COLLAB_LABOUR}],
   unless={"document": COLLAB_OTHER},
   flag=[("The collaborators have made concessions for years, the works council says.", "The employees have made concessions for years, the works council says."),
         ("The firm employs 4,800 collaborators worldwide.", "The firm employs 4,800 employees worldwide."),
         ("The collaborators of the bank went on strike.", "The employees of the bank went on strike.")],
   **{"pass": ["Pétain's collaborators were tried after the war; the Vichy regime had its own payroll.",
               "She thanked her collaborators at the laboratory; the researchers' wages were low.",
               "The authors thank their collaborators."]})

SCHOOL_WORDS = (r"(?:pupils|schoolchildren|secondary schools?|high schools?|primary schools?|elementary schools?|"
                r"middle schools?|lyc[ée]es?|baccalaur[ée]ate|school year|schoolteachers?|coll[èé]ges?|colegios?|"
                r"liceos?|kindergartens?|nursery schools?|teachers['’] unions?)")
calque(key="professors-teachers",
   langs={"fr": "professeurs", "es": "profesores", "it": "professori", "pt": "professores"},
   message="{lang} “{src}” at a school are “teachers”; an English “professor” teaches at a university.",
   description="Flagged when the same sentence speaks of pupils, primary or secondary schools, lycées or the school year; professors of universities, faculties, music and medicine pass. English news mentions professors and schools together too, so this is on only in a text with two other findings (corroboration = 2).",
   phrases=["<professor>"], replacements=["<teacher>"], confidence=0.75, corroboration=2,
   when=[{"after_regex": r"(?i)[^.!?]{0,150}\b" + SCHOOL_WORDS + r"\b"},
         {"before_regex": r"(?i)\b" + SCHOOL_WORDS + r"\b[^.!?]{0,150}$"}],
   unless={"before_regex": r"(?i)\b(?:university|universities|college|faculty|associate|assistant|full|emeritus|visiting|tenured|adjunct|law|medical|music|piano|violin|conservatoire|conservatory|Harvard|Oxford|Cambridge|Sorbonne)\s+(?:\w+\s+)?$",
           "after_regex": r"(?:[A-Z][a-z]+\b|(?i:[^.!?]{0,150}\b(?:eyes?|vision|retina|dilated|ophthalm\w*)\b|emeritus|of (?:medicine|law|economics|physics|history|music|piano|surgery|chemistry|mathematics|philosophy|\w+ology|\w+ics)\b|(?:at|of|from) (?:the )?(?:\w+ )?(?:university|universities|college|faculty|conservatoire|conservatory|institute)))"},
   flag=[("“We need at least 5,000 more professors,” says the union, which represents secondary school staff.", "“We need at least 5,000 more teachers,” says the union, which represents secondary school staff."),
         ("Pupils in the lycée complained that their professors were often absent.", "Pupils in the lycée complained that their teachers were often absent.")],
   **{"pass": ["Professors at the university teach pupils from local high schools once a year.",
               "University professors criticised the plan.", "He is a professor of medicine.",
               "The professor gave a lecture on pupils and vision.",
               "Professor Gareth Lloyd of the Royal College of Surgeons praised the pupils of the school."]})

calque(key="college-middle-school",
   langs={"fr": "collège"},
   message="French “collège” is a lower secondary school (ages 11–15); in English “college” is higher education.",
   description="After pupils (“pupils in the college”) and beside lycée; British schools named “… College” also have pupils, so this is on only in a text with two other findings (corroboration = 2).",
   regex=r"\b(?:the )?college(s?)\b", replacements=["middle school$1", "lower secondary school$1"], confidence=0.7,
   corroboration=2,
   when=[{"before_regex": r"(?i)\b(?:pupils|schoolchildren|(?:sixth|fifth|fourth|third)[- ]graders|(?:11|12|13|14|15)-year-olds)\s+(?:\w+\s+)?(?:in|at|of|from)\s+(?:the|their|his|her|a)?\s*$"},
         {"after_regex": r"(?i)and (?:the )?lyc[ée]es?\b"},
         {"before_regex": r"(?i)\b(?:lyc[ée]es?|primary schools?)\s+(?:and|or)\s+(?:the\s+)?$"}],
   flag=[("All pupils in the college will take a national test.", "All pupils in middle school will take a national test."),
         ("Teachers in the colleges and lycées are on strike.", "Teachers in middle schools and lycées are on strike.")],
   **{"pass": ["She went to college in Boston.", "Students at the college protested.", "The college and the university merged.",
               "College and high school students marched."]})

calque(key="pass-an-exam-take",
   langs={"fr": "passer un examen"},
   message="French “passer un examen” means “take / sit an exam”; English “pass” means “succeed in” it.",
   description="Flagged where success cannot be meant: “all pupils will pass a test” (a plan, not a prediction) and “passed the exam but failed”; on only in a text with two other findings (corroboration = 2).",
   phrases=["{pass}"], replacements=["{take}", "{sit}"], confidence=0.6, corroboration=2,
   when=[{"before_regex": r"(?i)\b(?:all|every|each|the ensemble of|all the)\s+(?:\w+\s+){0,2}(?:pupils|students|candidates|children|schoolchildren|pupil|student|candidate|child)\s+(?:\w+\s+){0,3}will\s+(?:now\s+|also\s+|then\s+|have to\s+)?$",
          "after_regex": r"(?i)(?:a|an)\s+(?:[\w-]+\s+){0,2}(?:tests?|exams?|examinations?|assessments?|evaluations?)\b"},
         {"after_regex": r"(?i)(?:the|an?|his|her|their|my|our) (?:[\w-]+ ){0,2}(?:exams?|examinations?|tests?|baccalaureate|bac|brevet)\b[^.!?]{0,40}\b(?:but|and) (?:\w+ ){0,2}(?:failed|did not pass|didn't pass)\b"}],
   flag=[("From 2026, all pupils will pass a national test in French.", "From 2026, all pupils will take a national test in French."),
         ("He passed the exam twice but failed both times.", "He took the exam twice but failed both times.")],
   **{"pass": ["All pupils must pass a test to graduate.", "I am sure she will pass the exam.", "He passed the exam with top marks."]})

calque(key="become-get-orders",
   langs={"de": "bekommen"},
   message="German “bekommen” means “get, receive”; English “become” means “come to be” (German “werden”).",
   description="Before what a firm receives (orders, contracts, subsidies, funding, loans, grants, fines, complaints …) that ends the noun phrase; “became a penalty / a warning / a bonus” (English senses) pass.",
   phrases=["{become}"], replacements=["{get}", "{receive}"], confidence=0.8,
   when=[{"after_regex": r"(?i)(?:(?:an?|the|my|your|his|her|our|their|its|no|some|any|many|more|fewer|less|much|enough|additional|further|new|large|big|major|public|state|\d[\d,.]*|several|\w+ million|\w+ billion)\s+){0,3}(?:orders|contracts|subsidies|funding|loans|credits|grants|state aid|fines|complaints|applications|enquiries|inquiries|commission)\s*(?:[.,;:!?)]|$|(?:from|for|on|in|at|yesterday|today|tomorrow|last|this|next|every|and|but|because|when|after|before|by|with|than|which|that|so|soon|back|until|worth|of)\b)"}],
   unless={"before_regex": r"(?i)\b(?:have|has|had|'ve|'d)\s+(?:\w+\s+)?$"},
   flag=[("The plant becomes more orders from Asia this year.", "The plant gets more orders from Asia this year."),
         ("Farmers will become subsidies from Brussels.", "Farmers will get subsidies from Brussels.")],
   **{"pass": ["She became a support for her family.", "The free kick became a penalty after review.", "His fate became a warning to others.",
               "Orders became scarce."]})

calque(key="chef-head",
   langs={"de": "Chef", "fr": "chef", "nl": "chef", "pl": "szef", "pt": "chefe", "ru": "шеф"},
   message="{lang} “{src}” of an organisation is its “head”; an English “chef” is a cook.",
   phrases=["chef"], replacements=["head"], confidence=0.85, fix="safe",
   when=[{"after_regex": r"(?i)of (?:state|the state|the works council|the union|the trade union|the supervisory board|the executive board|the management board|the board|the opposition|the commission|the council|the region|the district|the municipality|the chancellery|the police|the army|the fire brigade|the customs|the tax office|the secret service|the press office|the parliamentary group|the faction|the mission|the cabinet|diplomacy|the diplomacy|the bureau|the directorate|the inspectorate|the (?:European |EU )?Commission|the central bank)\b"}],
   flag=[("The chef of the works council criticised the decision.", "The head of the works council criticised the decision."),
         ("The chef of state arrived on Monday.", "The head of state arrived on Monday.")],
   **{"pass": ["The chef of the restaurant won a prize.", "The chef of the family is her grandmother.",
               "The chef of the national team cooks pasta."]})

calque(key="chef-of-orchestra",
   langs={"fr": "chef d'orchestre"},
   message="French “chef d'orchestre” is a “conductor”; an English “chef” is a cook.",
   regex=r"\bchef (?:of|d')\s?(?:the )?orchestra\b", replacements=["conductor"], confidence=0.9, fix="safe",
   flag=[("The chef of orchestra bowed.", "The conductor bowed.")],
   **{"pass": ["The conductor bowed.", "The chef cooked for the orchestra."]})

calque(key="control-check-inspect",
   langs={"de": "kontrollieren", "fr": "contrôler", "es": "controlar", "it": "controllare", "pt": "controlar",
          "pl": "kontrolować", "ru": "контролировать", "nl": "controleren"},
   message="{lang} “{src}” also means “check, inspect”; English “control” means “have power over, regulate”.",
   description="Flagged when police, inspectors or conductors “control” people, vehicles, absences or attendance; “police controlled the crowd / the traffic” pass.",
   phrases=["{control|controls|controlled|controlled|controlling}"], replacements=["{check}"], confidence=0.8,
   when=[{"before_regex": r"(?i)\b(?:police|policemen|police officers|officers|inspectors|customs officers|customs|gendarmes|border guards|conductors|auditors|controllers|inspectorate|agents|the ministry|schools)\s+(?:\w+\s+){0,3}?(?:to\s+)?$",
          "after_regex": r"(?i)(?:(?:the|all|their|his|her|its|pupils'|students'|employees')\s+)?(?:absences|absenteeism|attendance|identity|identities|identity papers|alcohol levels|compliance with|working hours|receipts|the hygiene|hygiene)\b|(?:more than |over |some |about |nearly )?\d[\d,.]*\s+(?:vehicles|cars|drivers|motorists|passengers|travellers|travelers|people|persons|pedestrians|cyclists|trucks|lorries|workers|employees|shops|restaurants|bars|premises|farms|companies)\b"}],
   flag=[("The minister wants inspectors to control absences more strictly.", "The minister wants inspectors to check absences more strictly."),
         ("Police controlled 1,200 drivers on Saturday night.", "Police checked 1,200 drivers on Saturday night.")],
   **{"pass": ["Police controlled the crowd.", "Officers controlled the traffic at the junction.",
               "Inspectors controlled the quality of the work.", "The rebels controlled 300 villages."]})

calque(key="a-police-control-check",
   langs={"de": "Polizeikontrolle", "fr": "contrôle de police", "es": "control policial", "it": "controllo di polizia",
          "pt": "controlo policial", "pl": "kontrola policyjna", "ru": "проверка", "nl": "politiecontrole"},
   message="“a police/routine control” copies {lang} “{src}”; a single inspection is a “check” in English (“passport control” is the place).",
   regex=r"\b(an?) (routine|police|random|roadside|spot|identity|ID|ticket|alcohol|passport|customs|traffic police) control\b",
   replacements=["$1 $2 check"], confidence=0.85, fix="safe",
   when=[{"after_regex": r"(?:[.,;:!?)]|$|(?i:in|on|at|near|by|during|last|this|yesterday|when|and|on the|of (?:his|her|their|the) (?:car|vehicle|papers|documents|bags?|luggage))\b)"}],
   flag=[("He was stopped at a police control near Lyon.", "He was stopped at a police check near Lyon."),
         ("During a routine control, officers found drugs.", "During a routine check, officers found drugs.")],
   **{"pass": ["He queued at passport control.", "A police control room monitors the cameras.", "The area is under police control."]})

calque(key="realize-implement",
   langs={"es": "realizar", "fr": "réaliser", "it": "realizzare", "pt": "realizar", "pl": "realizować", "de": "realisieren",
          "nl": "realiseren"},
   message="{lang} “{src}” of a plan or reform means “carry out, implement”; English “realize” means “become aware of”.",
   phrases=["{realize}", "{realise}"], replacements=["{implement}", "{carry} out"], confidence=0.75,
   when=[{"after_regex": r"(?i)(?:(?:a|an|the|this|that|our|their|its|his|her|several|new|further|necessary|concrete|planned|announced|\d+)\s+)*(?:action plans?|plans? of action|reforms|measures|renovation works?|construction works?|infrastructure works?|repair works?|the works)\b"}],
   unless={"after_regex": r"(?i)(?:(?:a|an|the|this|that|our|their|its|his|her|several|new|further|necessary|concrete|planned|announced|\d+)\s+)*(?:action plans?|plans? of action|reforms|measures|renovation works?|construction works?|infrastructure works?|repair works?|the works)(?:\s+\w+){0,3}" + REALIZE_VERB_AFTER},
   flag=[("Schools will have to realize an action plan.", "Schools will have to implement an action plan."),
         ("The city realized the necessary measures.", "The city implemented the necessary measures.")],
   **{"pass": ["He realized the reforms were unpopular.", "She realised the measures had failed."]})

calque(key="it-gives-no-alternative",
   langs={"de": "es gibt keine Alternative"},
   message="“It gives no alternative/doubt” is a calque of German “es gibt”; English says “there is no alternative”.",
   phrases=["it gives"], replacements=["there is"], confidence=0.8,
   when=[{"before_regex": r"(?:^|[.!?:;\"“”‘’]|\n)\s*$",
          "after_regex": r"(?i)(?:(?:still|now|currently|also|really|simply|definitely|absolutely|then)\s+)?(?:no|hardly any|not (?:a|any))\s+(?:(?:other|real|serious|sensible|good|viable|reasonable|better)\s+)?(?:alternatives?|doubts?|other (?:way|option|choice|solution)s?|way back|way out|going back|plan B)\b"}],
   flag=[("“It gives no alternative to this step,” he said.", "“There is no alternative to this step,” he said."),
         ("It gives no doubt that the plan will work.", "There is no doubt that the plan will work.")],
   **{"pass": ["The report is short. It gives no details of the deal.", "It gives no reason for the delay.", "It gives no reason to worry, the doctor said.",
               "The law gives no alternative."]})

calque(key="opposite-compared-with",
   langs={"de": "gegenüber dem Vorjahr", "nl": "tegenover vorig jaar"},
   message="“rose 4 percent opposite the previous year” copies {lang} “{src}”; English says “compared with” (“opposite” means “facing”).",
   regex=r"\bopposite(?: to)?\b", replacements=["compared with"], confidence=0.85, fix="safe",
   when=[{"after_regex": r"(?i)(?:the )?(?:previous|prior|preceding|same) (?:year|month|quarter|period|week|season)(?:'s (?:figure|level|result)s?)?\s*(?:[.,;:!?)]|$|(?:and|when|while|but|in|to|as|at)\b)|(?:the )?(?:year|month|quarter) before\b|last year\b"},
         {"before_regex": r"(?i)\b(?:rose|fell|increased|decreased|dropped|grew|climbed|declined|up|down|higher|lower)\b[^.!?]{0,40}$",
          "after_regex": r"(?i)(?:(?:the )?(?:first|second|third|fourth) quarter|(?:19|20)\d\d)\b"}],
   flag=[("Incoming orders rose by 4 percent opposite the previous year.", "Incoming orders rose by 4 percent compared with the previous year."),
         ("Sales fell 3 percent opposite 2022.", "Sales fell 3 percent compared with 2022.")],
   **{"pass": ["He sat opposite the previous year's champion.", "The bank is opposite the town hall.",
               "The hotel opposite 2nd Avenue is new."]})

calque(key="win-profit",
   langs={"de": "Gewinn", "nl": "winst"},
   message="{lang} “{src}” in a company report is “profit”; an English “win” is a victory.",
   description="Flagged after operating/pre-tax/consolidated, before “per share / before tax / warning”, and in “the win rose/fell … million/percent”.",
   phrases=["win"], replacements=["profit"], confidence=0.8,
   when=[{"before_regex": r"(?i)\b(?:operating|pre-tax|after-tax|consolidated|half-year|half-yearly|quarterly|company's|group's)\s*$"},
         {"after_regex": r"(?i)(?:per share|before (?:interest|tax|taxes)|after tax|warning|warnings)\b"},
         {"before_regex": r"(?i)\b(?:the|its|their|our)\s*$",
          "after_regex": r"(?i)(?:rose|fell|dropped|increased|decreased|declined|climbed|grew|shrank|slumped|jumped|plunged|soared|sank|doubled|halved|collapsed|improved|amounted|totalled|totaled|came in|reached)\b[^.!?]{0,60}\b(?:million|billion|bn|percent|per cent|euros?|dollars?|francs)\b|(?i:rose|fell|dropped|increased|decreased|declined|climbed|grew|shrank)\b[^.!?]{0,40}%"}],
   unless={"before_regex": r"(?i)\b(?:\d+-\d+|home|away|narrow|convincing|comfortable)\s+(?:\w+\s+)?$"},
   flag=[("The win dropped by almost half to 41 million euros.", "The profit dropped by almost half to 41 million euros."),
         ("The group reported an operating win of 2 billion.", "The group reported an operating profit of 2 billion."),
         ("The firm issued a win warning.", "The firm issued a profit warning.")],
   **{"pass": ["The win lifted the team to third place.", "Their 3-1 win rose their tally to 40 points.",
               "The win was worth 3 points."]})

calque(key="dismantle-jobs",
   langs={"de": "Stellen abbauen", "nl": "banen afbouwen"},
   message="“dismantle jobs” copies {lang} “{src}”; English says “cut jobs”.",
   phrases=["{dismantle}"], replacements=["{cut}"], confidence=0.9,
   when=[{"after_regex": r"(?i)(?:(?:some|around|about|almost|nearly|more than|up to|over|another|a further|\d[\d,.]*|hundreds of|thousands of)\s+)*(?:(?:full-time|part-time|administrative|permanent)\s+)?(?:jobs|positions|posts|workplaces|staff|employees)\b"}],
   flag=[("The supplier is dismantling 300 jobs at its headquarters.", "The supplier is cutting 300 jobs at its headquarters.")],
   **{"pass": ["Workers are dismantling the old plant.", "They dismantled the job centre's old office."]})

calque(key="suppress-jobs",
   langs={"fr": "supprimer des emplois", "es": "suprimir empleos", "it": "sopprimere posti", "pt": "suprimir postos"},
   message="“suppress jobs” copies {lang} “{src}”; English says “cut jobs”.",
   phrases=["{suppress}"], replacements=["{cut}"], confidence=0.9,
   when=[{"after_regex": r"(?i)(?:(?:some|around|about|almost|nearly|more than|up to|over|another|a further|\d[\d,.]*|hundreds of|thousands of)\s+)*(?:(?:full-time|part-time|administrative|permanent|teaching)\s+)?(?:jobs|positions|posts|workplaces)\b"}],
   flag=[("The group will suppress 1,200 jobs in France.", "The group will cut 1,200 jobs in France.")],
   **{"pass": ["Police suppressed the protest.", "The drug suppresses appetite."]})

calque(key="workplaces-jobs",
   langs={"de": "Arbeitsplätze", "nl": "arbeidsplaatsen", "pl": "miejsca pracy", "ru": "рабочие места",
          "it": "posti di lavoro", "es": "puestos de trabajo", "pt": "postos de trabalho"},
   message="{lang} “{src}” counted or cut are “jobs”; English “workplaces” are places of work (offices, sites).",
   phrases=["workplaces", "work places", "working places", "work posts", "job places", "jobs places"],
   replacements=["jobs"], confidence=0.85, fix="safe",
   when=[{"before_regex": r"(?i)\b(?:create|creates|created|creating|creation of|loss of|cut|cuts|cutting|shed|sheds|shedding|axe|axes|axed|axing|eliminate|eliminates|eliminated|eliminating|lose|loses|lost|losing|save|saves|saved|saving|threaten|threatens|threatened|secure|secures|secured|securing)\s+(?:some |around |about |almost |nearly |more than |up to |another |a further |\d[\d,.]* |hundreds of |thousands of |tens of thousands of )+(?:new\s+)?$"}],
   unless={"before_regex": r"(?i)\b(?:in|since|by|until|of|from|during|before|after)\s+(?:19|20)\d\d\s*$",
           "after_regex": r"(?i)(?:that|where|which|free from|in which)\b"},
   flag=[("The new plant will create 500 workplaces.", "The new plant will create 500 jobs."),
         ("The crisis threatens thousands of workplaces.", "The crisis threatens thousands of jobs.")],
   **{"pass": ["Safe workplaces matter.", "The law applies to 500 workplaces that handle chemicals.", "Inspectors visited 300 workplaces last year.",
               "Firms must create workplaces free from harassment.",
               "Inspectors visited workplaces in the region."]})

calque(key="compensate-for",
   langs={"de": "kompensieren", "fr": "compenser", "es": "compensar", "it": "compensare", "pt": "compensar",
          "pl": "kompensować", "ru": "компенсировать", "nl": "compenseren"},
   message="With a loss, weakness or shortfall as object, English says “compensate for” ({lang} “{src}” takes a direct object); “compensate someone” means pay them.",
   phrases=["{compensate}"], replacements=["{compensate} for", "{offset}"], confidence=0.8,
   when=[{"after_regex": r"(?i)(?:(?:the|this|that|these|those|its|their|his|her|our|a|an|any|some|part of the|higher|lower|rising|falling|weak|weaker|strong|declining|lost|sharp|resulting|expected)\s+){1,3}(?:\w+\s+)?(?:weakness|weaknesses|losses|loss|decline|declines|drop|drops|shortfall|shortfalls|fall|deficit|deficits|increase|increases|rise|rises|lack|absence|shortage|gap|deficiencies|deficiency|disadvantages?|slump|downturn|slowdown|inflation|price increases|cost increases)\b"}],
   unless={"after_regex": r"(?i)(?:the|this|that|these|those|its|their|his|her|our)\s+(?:\w+\s+)?(?:victims?|families|owners?|workers|employees|farmers|residents|investors|customers|clients|shareholders|passengers)\b"},
   flag=[("Orders from China cannot compensate the weakness in Europe.", "Orders from China cannot compensate for the weakness in Europe."),
         ("Higher prices compensated the loss of volume.", "Higher prices compensated for the loss of volume.")],
   **{"pass": ["The state will compensate the victims for their losses.", "Higher prices compensated for the loss.",
               "The firm compensated its workers."]})

calque(key="price-target-on",
   langs={"de": "auf 38 Euro angehoben", "nl": "verhoogd naar/op"},
   message="“raised the target on 38 euros” copies {lang} “{src}”; English raises or cuts something “to” a figure.",
   phrases=["on"], replacements=["to"], confidence=0.8, fix="safe",
   when=[{"before_regex": r"(?i)\b(?:raised|raises|raise|raising|lowered|lowers|lower|lowering|cut|cuts|cutting|increased|increases|increase|increasing|reduced|reduces|reduce|reducing|lifted|lifts|lift|hiked|hikes|decreased|adjusted|upgraded|downgraded|revised|moved)\s+(?:its|their|the|his|her|our)\s+(?:\w+\s+){0,2}(?:target|forecast|forecasts|rating|stake|offer|dividend|price|prices|rate|rates|guidance|outlook|estimate|estimates|wages?|salary|salaries|fees?|contributions?|limit|ceiling|minimum wage|pensions?|tax|taxes|rents?|tariffs?|fares?|budget|capital|age)\s*$",
          "after_regex": r"(?:€|\$|£|EUR |USD |CHF )?\d[\d.,]*\s*(?:%|(?i:percent|per cent|euros?|EUR|dollars?|USD|cents?|pence|pounds|francs|CHF|points?|million|billion|years)\b)"},
         {"before_regex": r"(?i)\bfrom (?:€|\$|£)?\d[\d.,]*\s*(?:%|percent|per cent|euros?|dollars?|cents?|points?|million|billion)?\s*$",
          "after_regex": r"(?:€|\$|£)?\d[\d.,]*\s*(?:%|(?i:percent|per cent|euros?|EUR|dollars?|USD|cents?|pence|pounds|francs|CHF|points?|million|billion|years)\b)"}],
   flag=[("Analysts raised their price target on 38 euros.", "Analysts raised their price target to 38 euros."),
         ("The bank cut its growth forecast from 1.2 on 0.8 percent.", "The bank cut its growth forecast from 1.2 to 0.8 percent.")],
   **{"pass": ["The bank cut its rate on 3 May.", "They raised the price on Monday.", "He raised his stake on 12 March 2020."]})

calque(key="eventually-also",
   langs={"de": "eventuell", "es": "eventualmente", "fr": "éventuellement", "it": "eventualmente", "pt": "eventualmente",
          "pl": "ewentualnie", "nl": "eventueel"},
   message="{lang} “{src}” means “possibly”; English “eventually” means “in the end”, which rarely goes with “will also”.",
   description="“Eventually” opening a sentence, with no comma, that goes on with “will/could/might also …”; on only in a text with two other findings (corroboration = 2).",
   phrases=["eventually"], replacements=["possibly", "perhaps"], confidence=0.55, corroboration=2,
   when=[{"before_regex": r"(?:^|[.!?:;\"“”]|\n)\s*$",
          "after_regex": r"(?i)[^.!?,;]{0,60}\b(?:will|could|might|may|would) (?:\w+ )?also\b"}],
   flag=[("Eventually the plant in Saxony will also be affected.", "Possibly the plant in Saxony will also be affected.")],
   **{"pass": ["The talks eventually collapsed.", "Eventually, prices fell.", "Eventually, the firm will also move to Berlin."]})

calque(key="actually-lives",
   langs={"de": "aktuell", "es": "actualmente", "fr": "actuellement", "it": "attualmente", "pt": "atualmente",
          "pl": "aktualnie", "nl": "actueel"},
   message="{lang} “{src}” means “currently, now”; English “actually” means “in fact”.",
   description="“actually” before where someone lives or works or what they head (“and actually lives in Lisbon”, “actually employs 300 people”), without a contrast word before it; on only in a text with two other findings (corroboration = 2).",
   phrases=["actually"], replacements=["currently", "now"], confidence=0.55, corroboration=2,
   when=[{"after_regex": r"(?i)(?:lives in|resides in|is based in|teaches at|teaches in|employs \d|has (?:about |around |some |more than )?\d[\d,.]* (?:employees|members|inhabitants|residents|students|pupils|stores|shops)|counts (?:about |around |some |more than )?\d|is (?:the )?(?:head|director|president|chairman|chairwoman|CEO|manager|coach|member|mayor|minister|leader|chief) of)\b"}],
   unless={"before_regex": r"(?i)\b(?:but|although|though|yet|not|n't|even|whether|if|who|really|what|where)\s+(?:\w+\s+){0,3}$",
           "after_regex": r"(?i)[^.!?]{0,60}\b(?:not|rather than|instead of)\b"},
   flag=[("She was born in 1948 and actually lives in Lisbon.", "She was born in 1948 and currently lives in Lisbon.")],
   **{"pass": ["But he actually lives in Lisbon.", "He actually lives in Lisbon, not Porto.", "Nobody knew where she actually lives.", "Does he actually live there?"]})

DISPOSE_HAVE = (r"(?:(?:more than|over|almost|nearly|around|about|some|up to|at least|a total of|only|just)\s+)?\d[\d,.]*\s+"
                r"(?:[\w-]+\s+)?(?:beds|rooms|seats|places|parking spaces|employees|staff|members|volunteers|classrooms|"
                r"laboratories|labs|doctors|nurses|teachers)\b|(?:an?|its|their) (?:[\w-]+\s+){0,2}budget of\b|"
                r"(?:an?|its|their) (?:[\w-]+\s+){0,2}(?:staff|team|workforce|network) of \d|(?:sufficient|enough|the "
                r"necessary|adequate|ample|modern|excellent) (?:\w+\s+)?(?:resources|funds|means|staff|capacity|"
                r"knowledge|experience|expertise|information|infrastructure|facilities)\b")
calque(key="dispose-of-have",
   langs={"fr": "disposer de", "es": "disponer de", "it": "disporre di", "pt": "dispor de", "pl": "dysponować",
          "ru": "располагать", "de": "verfügen über", "nl": "beschikken over"},
   message="{lang} “{src}” means “have (at one's disposal)”; English “dispose of” means “get rid of”.",
   description="Before counted rooms, beds, seats, staff, a budget of …, or the necessary resources; “dispose of waste/assets/300 vehicles” passes.",
   phrases=["{dispose} of", "{dispose} over"], replacements=["{have}"], confidence=0.75,
   when=[{"after_regex": DISPOSE_HAVE}],
   unless={"after_regex": r"(?i)(?:\S+\s+){0,6}(?:waste|rubbish|garbage|trash|refuse|sewage|sludge|chemicals|ammunition|munitions|weapons|carcasses|bodies|shares|assets|stake|tonnes|tons|barrels|properties|stock|inventory|surplus|old)\b"},
   flag=[("The hotel disposes of 120 rooms and a spa.", "The hotel has 120 rooms and a spa."),
         ("The region disposes of the necessary resources.", "The region has the necessary resources."),
         ("The museum disposes of a budget of 2 million euros.", "The museum has a budget of 2 million euros.")],
   **{"pass": ["The hospital disposes of 300 tonnes of waste a year.", "The firm disposed of its shares.",
               "Please dispose of old batteries properly."]})

MANIF_LANGS = {"fr": "manifestation", "es": "manifestación", "it": "manifestazione", "pt": "manifestação",
               "pl": "manifestacja", "ru": "манифестация"}
calque(key="manifestation-demonstration",
   langs=MANIF_LANGS,
   message="{lang} “{src}” in the street is a “demonstration” or “protest”; an English “manifestation” is a sign or display of something.",
   phrases=["<manifestation>"], replacements=["<demonstration>", "<protest>"], confidence=0.8,
   when=[{"after_regex": r"(?i)(?:against|in support of|in favour of|in favor of|in front of|outside (?:the )?|organi[sz]ed by|called by|took place|was held|were held|will be held|will take place|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|in (?:the )?(?:streets|capital|centre|center|city)|for (?:peace|climate|the climate|higher wages|better pay|democracy|freedom|the release|abortion|women's rights)|of (?:farmers|workers|teachers|students|unions|trade unions|thousands|hundreds|pensioners|doctors|nurses|taxi drivers|truckers|employees|residents|opponents|supporters)\s*(?:[.,;:!?)]|$|(?:in|on|at|against|from|who|took|was|were|and|outside|demanding|calling|protesting)\b))"},
         {"before_regex": r"(?i)\b(?:took part in|take part in|taking part in|participated in|participate in|joined|join|attended|organi[sz]ed|organi[sz]e|called for|banned|ban|dispersed|broke up|authori[sz]ed|during|at) (?:a|an|the|this|that|their|another|several|large|big|huge|new|peaceful|violent|\d+)\s+(?:\w+\s+)?$",
          "after_regex": r"(?:[.,;:!?)]|$|(?i:in|on|at|against|near|outside|and|was|were|which|that|when|after|before)\b)"}],
   unless={"after_regex": r"(?i)of (?:symptoms|the (?:disease|illness|symptoms|virus|syndrome|condition|phenomenon|problem|crisis|divine|spirit)|God|(?:his|her|its|their|this|that|a|an) )"},
   flag=[("Thousands took part in a manifestation against the reform.", "Thousands took part in a demonstration against the reform."),
         ("The manifestation of farmers took place in Paris.", "The demonstration of farmers took place in Paris.")],
   **{"pass": ["The rash is a manifestation of the disease.", "It was a manifestation of anger against the elite.",
               "Fever is an early manifestation of the infection."]})

calque(key="manifestants-demonstrators",
   langs=MANIF_LANGS,
   message="“manifestants” is not English (from {lang}); the word is “demonstrators” or “protesters”.",
   phrases=["<manifestant>"], replacements=["<demonstrator>", "<protester>"], confidence=0.9, fix="safe",
   flag=[("Police dispersed the manifestants.", "Police dispersed the demonstrators.")],
   **{"pass": ["Police dispersed the demonstrators."]})

calque(key="direction-management",
   langs={"fr": "direction", "es": "dirección", "it": "direzione", "pt": "direção", "pl": "dyrekcja", "ru": "дирекция",
          "de": "Direktion"},
   message="{lang} “{src}” of a company or institution is its “management”; English “direction” is a course or guidance, which cannot decide or announce.",
   phrases=["direction"], replacements=["management"], confidence=0.8,
   when=[{"before_regex": r"(?i)\b(?:the|its|their|our)(?: company's| school's| hospital's| museum's| plant's| group's| bank's)?\s*$",
          "after_regex": r"(?i)(?:of (?:the|this|our|its) (?:company|firm|group|bank|hospital|school|museum|plant|factory|hotel|club|newspaper|prison|university|airline|store|theatre|theater|supermarket)\s+)?(?:has |have |had |will |would |also |then )?(?:decided|announced|said|says|informed|refused|confirmed|denied|stated|explained|declined|communicated|wants|plans|intends|promised|rejected|told|warned|insisted|agreed|admitted|regretted|apologi[sz]ed|reacted|responded|replied|assured|dismissed|fired|suspended)\b"}],
   unless={"after_regex": r"(?i)(?:of [^.!?]{0,40}\s)?\w+ed by\b"},
   flag=[("The direction of the company has decided to close the plant.", "The management of the company has decided to close the plant."),
         ("The direction announced 200 job cuts.", "The management announced 200 job cuts.")],
   **{"pass": ["The direction of the wind changed.", "The direction indicated by the arrow is north.",
               "The direction announced by the government was welcome.", "The direction of the company changed in 2010."]})

calque(key="cabinet-law-firm",
   langs={"fr": "cabinet d'avocats", "es": "gabinete jurídico", "pt": "gabinete de advogados"},
   message="{lang} “{src}” is a (law, consulting, audit) “firm”; an English “cabinet” is a cupboard or a body of ministers.",
   phrases=["<cabinet>"], replacements=["<firm>"], confidence=0.85, fix="safe",
   when=[{"before_regex": r"(?i)\b(?:law|lawyers'?|lawyer's|legal|consulting|consultancy|audit|auditing|accounting|accountancy|architecture|architects'?|architectural|recruitment|advisory|headhunting|notarial|notary's?|notary|patent|engineering)\s*$"}],
   unless={"after_regex": r"(?i)(?:maker|makers|making|door|doors|drawer|drawers)\b"},
   flag=[("She works for a law cabinet in Paris.", "She works for a law firm in Paris."),
         ("The audit cabinet found errors.", "The audit firm found errors.")],
   **{"pass": ["The filing cabinet is full.", "The law cabinet maker retired.", "The Cabinet discussed the law."]})

calque(key="cabinet-office",
   langs={"fr": "cabinet", "es": "gabinete", "pt": "gabinete", "pl": "gabinet", "ru": "кабинет"},
   message="{lang} “{src}” of a doctor, director or head teacher is their “office” (or “surgery”); an English “cabinet” is a cupboard.",
   regex=r"\b((?:doctor|dentist|vet|GP|psychologist|gynaecologist|gynecologist|director|headmaster|headmistress|head teacher|principal|boss|manager|rector|dean|surgeon|therapist)['’]s) cabinet\b",
   replacements=["$1 office"], confidence=0.85, fix="unsafe",
   flag=[("He was called to the director's cabinet.", "He was called to the director's office."),
         ("The dentist's cabinet is on the first floor.", "The dentist's office is on the first floor.")],
   **{"pass": ["The doctor's filing cabinet was locked.", "The prime minister's cabinet met on Monday."]})

calque(key="cabinet-practice",
   langs={"fr": "cabinet médical", "es": "gabinete médico", "pt": "gabinete médico", "pl": "gabinet lekarski",
          "ru": "кабинет врача"},
   message="{lang} “{src}” is a (medical, dental) “practice” or “surgery”; an English “medical cabinet” is a cupboard for medicines.",
   phrases=["cabinet"], replacements=["practice"], confidence=0.8,
   when=[{"before_regex": r"(?i)\b(?:opened|open|opens|opening|runs|ran|run|running|owns|owned|works in|worked in|working in|work in|closed|closes|close|sold|took over|takes over) (?:a|an|the|her|his|their|its|our) (?:own |private |new |small |busy )?(?:medical|dental|veterinary|gynaecological|gynecological|physiotherapy|psychology|paediatric|pediatric)\s*$"}],
   flag=[("She opened a dental cabinet in Lyon.", "She opened a dental practice in Lyon."),
         ("He works in a private medical cabinet.", "He works in a private medical practice.")],
   **{"pass": ["The pills are in the medical cabinet.", "He locked the medical cabinet."]})

calque(key="accidented-rugged",
   langs={"fr": "accidenté", "es": "accidentado", "it": "accidentato", "pt": "acidentado"},
   message="“accidented” is not English; {lang} “{src}” of land means “rugged, uneven”.",
   phrases=["accidented"], replacements=["rugged", "uneven"], confidence=0.9,
   when=[{"after_regex": r"(?i)(?:terrain|ground|relief|road|roads|path|paths|landscape|area|coast|coastline|route|region|trail|trails|land|slopes?|track|countryside|topography)\b"}],
   flag=[("The route crosses accidented terrain.", "The route crosses rugged terrain.")],
   **{"pass": ["The route crosses rugged terrain."]})

calque(key="accidented-injured",
   langs={"fr": "accidenté", "es": "accidentado", "it": "accidentato", "pt": "acidentado"},
   message="“accidented” is not English; {lang} “{src}” of a person or car means “injured” or “damaged (in an accident)”.",
   phrases=["accidented"], replacements=["injured", "damaged"], confidence=0.85,
   unless={"after_regex": r"(?i)(?:terrain|ground|relief|road|roads|path|paths|landscape|area|coast|coastline|route|region|trail|trails|land|slopes?|track|countryside|topography)\b"},
   flag=[("The accidented driver was taken to hospital.", "The injured driver was taken to hospital.")],
   **{"pass": ["The injured driver was taken to hospital."]})

calque(key="sanitary-health",
   langs={"fr": "sanitaire", "es": "sanitario", "it": "sanitario", "pt": "sanitário"},
   message="{lang} “{src}” means “(public) health”; English “sanitary” is about hygiene and drains (sanitary towels, sanitary conditions).",
   phrases=["sanitary"], replacements=["health"], confidence=0.85,
   when=[{"after_regex": r"(?i)(?:crisis|crises|emergency|emergencies|situation|pass|passport|protocol|protocols|restrictions|context|alert|authorities|authority|sector|professionals|status|security|risks?|policy|policies|catastrophe|disaster|reasons of state|checkpoint|checkpoints)\b"}],
   unless={"after_regex": r"(?i)(?:sewer|landfill|napkin|towel|pad)\b"},
   flag=[("The sanitary crisis closed the schools.", "The health crisis closed the schools."),
         ("Visitors must show a sanitary pass.", "Visitors must show a health pass.")],
   **{"pass": ["The sanitary conditions in the camp were poor.", "Sanitary towels are free in schools.",
               "The sanitary sewer overflowed."]})

calque(key="justice-judiciary",
   langs={"fr": "la justice", "es": "la justicia", "it": "la giustizia", "pt": "a justiça", "de": "die Justiz"},
   message="{lang} “{src}” as an actor is “the courts”, “the judiciary” or “prosecutors”; English “justice” is the abstract idea.",
   regex=r"\b(?:the )?(French|Spanish|Italian|Portuguese|German|Belgian|Swiss|Austrian|Brazilian|Argentine|Mexican|Chilean|Colombian|Peruvian|Venezuelan|Luxembourg|Monegasque) justice\b",
   replacements=["the $1 judiciary", "the $1 courts"], confidence=0.8,
   when=[{"after_regex": r"(?i)(?:has |have |had |will |would |is |was |also )?(?:opened|launched|ordered|sentenced|condemned|convicted|acquitted|charged|summoned|decided|ruled|seized|investigat\w+|rejected|refused|authori[sz]ed|released|placed|demanded|requested|issued|froze|banned|suspended|dismissed|closed|archived|accused|indicted|prosecuted|fined|overturned|upheld|annulled|blocked|declared|seeks|sought|wants|opens|orders|investigates)\b"}],
   flag=[("The French justice has opened an investigation.", "The French judiciary has opened an investigation.")],
   **{"pass": ["Swiss justice is slow.", "German justice was reformed after 1945."]})

calque(key="interpellate-detain",
   langs={"fr": "interpeller"},
   message="French “interpeller” (by the police) means “detain, arrest, stop for questioning”; English “interpellate” means questioning a minister in parliament.",
   phrases=["{interpellate}"], replacements=["{detain}", "{arrest}"], confidence=0.85,
   when=[{"after_regex": r"(?i)(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|dozens of|some|about|around|a|an|the|another)\s+(?:[\w-]+\s+){0,2}(?:suspects?|men|man|women|woman|people|persons|individuals|youths|young people|minors|teenagers|protesters|demonstrators|drivers?|rioters|migrants|activists|smugglers|dealers|thieves|burglars|robbers|attackers)\b"},
         {"before_regex": r"(?i)\b(?:police|gendarmes|officers|agents|police officers)\s+(?:\w+\s+){0,3}$"}],
   unless={"after_regex": r"(?i)the (?:minister|government|prime minister|president|cabinet|chancellor)\b"},
   flag=[("Police interpellated three suspects on Tuesday.", "Police detained three suspects on Tuesday.")],
   **{"pass": ["The deputies interpellated the minister about the budget.", "MPs interpellated the government."]})

QUAL_ADJ = (r"(?:unrealistic|unacceptable|scandalous|absurd|historic|insufficient|excessive|disastrous|irresponsible|"
            r"dangerous|illegal|positive|negative|catastrophic|shameful|outrageous|ridiculous|premature|unfair|lamentable|"
            r"inadmissible|provocation|provocative|scandal|failure|success|disaster|farce|betrayal|mistake|error|crime|"
            r"defeat|victory|insult|aggression|act of war|genocide|terrorist|terrorism|racist|discriminatory|populist|"
            r"fundamental|decisive|crucial|exemplary|excellent|inhuman|unjust|arbitrary|unconstitutional|hostile|"
            r"propaganda|lie|lies|joke|masquerade|coup)")
calque(key="qualify-describe",
   langs={"fr": "qualifier de", "es": "calificar de", "pt": "qualificar de", "it": "qualificare come"},
   message="“qualified the plan as/of unrealistic” copies {lang} “{src}”; English says “described the plan as” or “called it”.",
   phrases=["{qualify}"], replacements=["{describe}"], confidence=0.75,
   when=[{"after_regex": r"(?i)(?:the|his|her|this|that|these|those|their|its|our|it|them|him)\s+(?:[\w'’-]+\s+){0,3}(?:as|of)\s+(?:an? |the )?(?:\w+\s+)?" + QUAL_ADJ + r"\b"},
         {"before_regex": r"(?i)\b(?:was|were|is|are|been|be)\s+$",
          "after_regex": r"(?i)(?:as|of)\s+(?:an? )?(?:\w+\s+)?" + QUAL_ADJ + r"\b"}],
   flag=[("The former minister qualified the plan as unrealistic.", "The former minister described the plan as unrealistic."),
         ("The attack was qualified as terrorist by the police.", "The attack was described as terrorist by the police.")],
   **{"pass": ["The team qualified as group winners.", "The trip qualifies as a disaster.", "She qualified as a nurse."]})

calque(key="resulted-to-be",
   langs={"es": "resultó ser", "it": "è risultato essere", "pt": "resultou ser"},
   message="“resulted to be” copies {lang} “{src}”; English says “turned out to be” or “proved to be”.",
   regex=r"\bresulted (?:to be|being)\b", replacements=["turned out to be"], confidence=0.9, fix="safe",
   flag=[("The suspect resulted to be a neighbour.", "The suspect turned out to be a neighbour.")],
   **{"pass": ["The suspect turned out to be a neighbour.", "The crash resulted in two deaths."]})

calque(key="resulted-injured",
   langs={"es": "resultaron heridos", "it": "sono rimasti feriti", "pt": "resultaram feridos"},
   message="“two people resulted injured” copies {lang} “{src}”; English says “were injured”.",
   phrases=["resulted"], replacements=["were", "ended up"], confidence=0.85,
   when=[{"after_regex": r"(?i)(?:seriously |slightly |gravely |critically |badly |severely |fatally |lightly )?(?:injured|wounded|unharmed|unhurt|dead|killed|affected|damaged|destroyed|hurt|intoxicated)\b"}],
   flag=[("Two people resulted injured in the crash.", "Two people were injured in the crash.")],
   **{"pass": ["The crash resulted in two injured people.", "Two people were injured."]})

calque(key="resulted-positive",
   langs={"es": "resultó positivo", "it": "è risultato positivo", "pt": "resultou positivo"},
   message="“resulted positive” copies {lang} “{src}”; English says “tested positive”.",
   phrases=["resulted"], replacements=["tested"], confidence=0.9, fix="safe",
   when=[{"after_regex": r"(?i)(?:positive|negative)\b"}],
   flag=[("The cyclist resulted positive for doping.", "The cyclist tested positive for doping.")],
   **{"pass": ["The cyclist tested positive.", "The talks resulted in positive news."]})

calque(key="deception-disappointment",
   langs={"fr": "déception", "es": "decepción", "pt": "decepção"},
   message="{lang} “{src}” means “disappointment”; English “deception” means “deceiving, a trick”.",
   phrases=["<deception>"], replacements=["<disappointment>"], confidence=0.8,
   when=[{"before_regex": r"(?i)\b(?:great|big|huge|bitter|deep|real|major|total|complete|enormous|immense|profound|cruel|new|another|such a|first|last)\s*$",
          "after_regex": r"(?i)(?:for|to)\s+(?:the\s+|his\s+|her\s+|their\s+|our\s+|all\s+)?(?:\w+\s+)?(?:fans|supporters|team|club|players|voters|government|party|family|families|organi[sz]ers|public|country|nation|coach|manager|investors|us|me|him|her|them|everyone|all|many)\b"},
         {"before_regex": r"(?i)\bto (?:the|our|my|his|her|their) (?:great |deep |big |huge |bitter )?$", "after_regex": r"(?i)of\b"}],
   unless={"after_regex": r"(?i)[^.!?]{0,80}\b(?:tricked|fooled|forged|fake|fraud|scam|hoax|lied|lies|deceived|misled|cheated)\b"},
   flag=[("The defeat was a great deception for the fans.", "The defeat was a great disappointment for the fans."),
         ("To the great deception of the public, the show was cancelled.", "To the great disappointment of the public, the show was cancelled.")],
   **{"pass": ["The fraud was a great deception.", "He was convicted of deception.", "The deception of the voters was deliberate."]})

calque(key="within-the-delay",
   langs={"fr": "dans les délais"},
   message="French “délai” is a “time limit” or “deadline”; English “delay” is lateness.",
   regex=r"\bwithin (?:the|a) (legal|required|prescribed|agreed|set|statutory|imposed|usual|reasonable|fixed|given|allotted) delays?\b",
   replacements=["within the $1 time limit"], confidence=0.8,
   flag=[("The request must be filed within the legal delay.", "The request must be filed within the legal time limit.")],
   **{"pass": ["The trains ran with a delay of 30 minutes.", "The request was filed within the time limit."]})

calque(key="within-a-delay-of",
   langs={"fr": "dans un délai de 30 jours"},
   message="“within a delay of 30 days” copies French “dans un délai de”; English says “within 30 days”.",
   regex=r"\bwithin a delay of (\d+ (?:days|weeks|months|years|working days|business days))\b",
   replacements=["within $1"], confidence=0.85, fix="safe",
   flag=[("Pay within a delay of 30 days.", "Pay within 30 days.")],
   **{"pass": ["Packets arrive within a delay of 2 ms.", "Pay within 30 days."]})

calque(key="prejudice-loss",
   langs={"fr": "préjudice", "es": "perjuicio", "it": "pregiudizio", "pt": "prejuízo"},
   message="{lang} “{src}” with an amount is a “loss” or “damage”; English “prejudice” is bias.",
   phrases=["<prejudice>"], replacements=["<loss>", "damage"], confidence=0.8,
   when=[{"after_regex": r"(?i)(?:of|estimated at|valued at|amounting to|worth)\s+(?:about |around |some |more than |over |nearly )?(?:(?:€|\$|£|EUR |USD |CHF |R\$ ?)\d|\d[\d.,]*\s*(?:million|billion|thousand|euros?|dollars?|pounds|francs|reais|EUR|USD)\b)"}],
   flag=[("The fraud caused a prejudice of 2 million euros.", "The fraud caused a loss of 2 million euros.")],
   **{"pass": ["She faced prejudice at work.", "Prejudice of 1950s society shaped her life."]})

calque(key="costume-custom",
   langs={"pt": "costume", "it": "costume"},
   message="{lang} “{src}” here means “custom, habit”; an English “costume” is clothing.",
   phrases=["costume"], replacements=["custom"], confidence=0.85, fix="safe",
   when=[{"before_regex": r"(?i)\bas (?:is|was) (?:the |our |their |local |the local )?$",
          "after_regex": r"(?:[.,;:!?)]|$|(?i:in|on|at|among|here|there|with|for (?:many|centuries|years))\b)"},
         {"before_regex": r"(?i)\bit (?:is|was) $", "after_regex": r"(?i)to\b"}],
   flag=[("As is costume, the mayor opened the fair.", "As is custom, the mayor opened the fair."),
         ("It is costume to eat fish on Friday.", "It is custom to eat fish on Friday.")],
   **{"pass": ["It is a costume party.", "He wore a pirate costume.", "It was costume jewellery."]})

calque(key="injury-insult",
   langs={"es": "injuria", "pt": "injúria", "it": "ingiuria"},
   message="{lang} “{src}” is an “insult” (an offence in law); English “injury” is bodily harm.",
   phrases=["<injury|injuries>"], replacements=["<insult>"], confidence=0.8,
   when=[{"after_regex": r"(?i)and (?:defamation|slander|calumny|libel)\b"},
         {"before_regex": r"(?i)\b(?:(?:defamation|slander|calumny|libel) and|crimes? of|offen[cs]es? of|charged with|accused of|convicted of)\s*$",
          "after_regex": r"(?:[.,;:!?)]|$|(?i:and|against|for|after|in|over)\b)"}],
   unless={"after_regex": r"(?i)(?:to|of|causing|resulting)\b"},
   flag=[("He was sued for injury and defamation.", "He was sued for insult and defamation.")],
   **{"pass": ["He was convicted of injury to a child.", "He suffered an injury and missed the game."]})

calque(key="pretend-intend",
   langs={"es": "pretender", "pt": "pretender"},
   message="{lang} “{src}” means “intend, aim to”; English “pretend” means “feign”.",
   phrases=["{pretend}"], replacements=["{intend}"], confidence=0.7,
   when=[{"before_regex": r"(?i)\b(?:government|ministry|company|firm|city|council|municipality|group|bank|club|party|state|authorities|administration|museum|university|executive|board|federation|league|city hall|prefecture|region)\s+(?:also\s+|now\s+|still\s+)?$",
          "after_regex": r"(?i)to (?:build|raise|reduce|invest|create|launch|open|hire|expand|increase|implement|sell|buy|acquire|submit|approve|start|begin|complete|hold|organi[sz]e|extend|reach|double|cut|close|present|introduce|moderni[sz]e|renovate|install|develop|finish|sign|privati[sz]e|merge|recover|attract|plant|offer)\b"}],
   flag=[("The government pretends to build 500 new schools.", "The government intends to build 500 new schools.")],
   **{"pass": ["The boy pretends to be asleep.", "The government pretends to care about the poor."]})

calque(key="cannot-support-stand",
   langs={"es": "no soporto", "fr": "je ne supporte pas", "it": "non sopporto", "pt": "não suporto"},
   message="{lang} “{src}” means “cannot stand / bear”; English “support” means “hold up, back”.",
   phrases=["{support}"], replacements=["{stand}", "{bear}"], confidence=0.8,
   when=[{"before_regex": r"(?i)\b(?:I|we|you|he|she|they|people|residents|patients|tourists|many|visitors|children|workers)\s+(?:\w+\s+)?(?:can't|cannot|can not|could not|couldn't|can no longer|could no longer)\s*$",
          "after_regex": r"(?i)(?:the |this |that |such |so much )?(?:heat|pain|noise|cold|smell|stench|humidity|loneliness|waiting|uncertainty|insults|injustice|boredom|silence|humiliation)\b"}],
   flag=[("Many tourists cannot support the heat in August.", "Many tourists cannot stand the heat in August.")],
   **{"pass": ["The roof cannot support the weight.", "We cannot support the plan."]})

calque(key="slim-clever",
   langs={"nl": "slim"},
   message="Dutch “slim” means “clever, smart”; English “slim” means “thin” (a slim chance).",
   phrases=["slim"], replacements=["clever", "smart"], confidence=0.8,
   when=[{"after_regex": r"(?i)(?:idea|ideas|move|moves|choice|choices|trick|tricks)\b"},
         {"before_regex": r"(?i)\b(?:was|is|that's|it's|very|really|so|pretty)\s*$", "after_regex": r"(?i)of (?:you|him|her|them)\b"}],
   flag=[("That was a slim idea.", "That was a clever idea."), ("That was slim of you.", "That was clever of you.")],
   **{"pass": ["She has a slim chance.", "The party won a slim majority.", "A slim phone fits in a pocket.", "The slim girl ran."]})

calque(key="stand-score",
   langs={"de": "Spielstand", "nl": "stand"},
   message="{lang} “{src}” of a match is the “score”; English “stand” is a grandstand or a position.",
   phrases=["stand"], replacements=["score"], confidence=0.85, fix="safe",
   when=[{"before_regex": r"(?i)\bthe\s*$",
          "after_regex": r"(?i)(?:(?:is|was|stood at|stands at|at half-?time (?:was|is)|at the break (?:was|is)|after \d+ minutes (?:was|is))\s+)\d+\s*[-–:]\s*\d+\b"}],
   flag=[("After an hour the stand was 2-1 for Ajax.", "After an hour the score was 2-1 for Ajax.")],
   **{"pass": ["The stand was full.", "The stand is 20 metres high."]})

calque(key="learn-teach",
   langs={"de": "jemandem etwas beibringen / lernen", "nl": "leren"},
   message="{lang} “{src}” with a person as object means “teach”; in standard English you “teach” someone, and “learn” yourself.",
   phrases=["{learn|learns|learned|learnt|learning}"], replacements=["{teach|teaches|taught|taught|teaching}"], confidence=0.8,
   when=[{"after_regex": r"(?i)(?:me|him|her|us|them|the children|the kids|my son|my daughter|his son|her daughter|pupils|students)\s+(?:how\s+)?to\s+\w+"}],
   flag=[("My father learned me to swim.", "My father taught me to swim.")],
   **{"pass": ["I learned to swim.", "She learns how to code.", "They learned from them to be careful."]})

calque(key="mandate-fine",
   langs={"pl": "mandat"},
   message="Polish “mandat” (from the police) is a “fine” or “ticket”; an English “mandate” is an authority to act.",
   phrases=["<mandate>"], replacements=["<fine>", "<ticket>"], confidence=0.85,
   when=[{"after_regex": r"(?i)(?:for (?:speeding|parking|drunk driving|littering|jaywalking|not wearing|driving|smoking|crossing|riding|fare dodging|travelling without|traveling without)|of \d+ (?:zł|zloty|złoty|zlotys|PLN)|worth \d+ (?:zł|zloty|złoty|zlotys|PLN))\b"}],
   flag=[("He got a mandate for speeding.", "He got a fine for speeding.")],
   **{"pass": ["The government has a mandate for change.", "Voters gave her a mandate for reform."]})

calque(key="in-the-same-time",
   langs={"fr": "en même temps", "it": "nello stesso tempo", "pl": "w tym samym czasie", "ru": "в то же время"},
   message="“in the same time” copies {lang} “{src}”; English says “at the same time” (“in the same time” is a duration: “ran 100 m in the same time”).",
   phrases=["in the same time"], replacements=["at the same time"], confidence=0.85, fix="safe",
   when=[{"after_regex": r"\s*,"},
         {"before_regex": r"(?i)(?:^|[.!?:;]|\b(?:and|but|while|yet))\s*$",
          "after_regex": r"(?i)(?:the|we|I|he|she|they|it|there|this|our|their|his|her|many|some)\b"}],
   unless={"after_regex": r"(?i)(?:frame|period|zone|slot|span|interval|window|range|as|it takes|it took|that)\b"},
   flag=[("In the same time, prices rose.", "At the same time, prices rose."),
         ("He works and in the same time he studies.", "He works and at the same time he studies.")],
   **{"pass": ["She ran it in the same time as last year.", "They finished in the same time frame.", "Do it in the same time it takes to boil an egg."]})

calque(key="by-the-words-of",
   langs={"ru": "по словам"},
   message="“By the words of the minister” copies Russian “по словам”; English says “According to the minister”.",
   regex=r"\b(?:by|from) (?:the )?words of\b", replacements=["according to"], confidence=0.85,
   when=[{"before_regex": r"(?:^|[.!?:;\"“”]|\n)\s*$",
          "after_regex": r"(?:the |his |her |their )?(?:[A-Z]|(?i:minister|president|head|director|spokes\w+|representative|expert|experts|witnesses?|police|doctors?|officials?|analysts?|governor|mayor|deputy|sources?|residents|eyewitnesses))"}],
   flag=[("By the words of the minister, the situation is stable.", "According to the minister, the situation is stable.")],
   **{"pass": ["He was judged by the words of his song.", "We are bound by the words of the treaty."]})

calque(key="given-article-this",
   langs={"ru": "в данной статье"},
   message="“the given article/paper” copies Russian “данная статья”; English says “this article/paper”.",
   phrases=["the given"], replacements=["this"], confidence=0.85, fix="safe",
   when=[{"before_regex": r"(?i)\b(?:in|of)\s*$", "after_regex": r"(?i)(?:article|paper|work|study|research|report|book|chapter|section|review|thesis|dissertation)(?:\s*,)?\s*(?:we|the authors?|is devoted|deals|presents|describes|considers|discusses|examines|analy[sz]es|proposes|shows|focuses|addresses)\b"}],
   flag=[("In the given article we consider two methods.", "In this article we consider two methods.")],
   **{"pass": ["In this article we consider two methods.", "For any given article, the editor checks the facts."]})

calque(key="at-the-given-moment",
   langs={"ru": "в данный момент"},
   message="“at the given moment” copies Russian “в данный момент”; English says “at the moment” or “currently”.",
   phrases=["at the given moment", "in the given moment"], replacements=["at the moment", "currently"], confidence=0.8, fix="safe",
   when=[{"after_regex": r"(?:[.,;:!?)]|$|(?i:the|we|I|he|she|they|it|there|this|our|their|his|her|no|nothing)\b)"}],
   unless={"after_regex": r"(?i)(?:in time|t\b|of|when)"},
   flag=[("At the given moment, the situation is stable.", "At the moment, the situation is stable.")],
   **{"pass": ["At any given moment, ten trains are running.", "The value at the given moment t is zero."]})

EVENT_HOLD = (r"(?:meetings?|conferences?|summits?|talks|concerts?|festivals?|competitions?|championships?|tournaments?|"
              r"rall(?:y|ies)|exhibitions?|ceremon(?:y|ies)|seminars?|forums?|round tables?|press conferences?|"
              r"briefings?|parades?|celebrations?|congress(?:es)?|festivities|contests?|fairs?)")
calque(key="carry-out-a-meeting",
   langs={"ru": "провести встречу", "pl": "przeprowadzić spotkanie", "de": "eine Konferenz durchführen",
          "es": "llevar a cabo una reunión", "it": "svolgere un incontro", "pt": "levar a cabo uma reunião",
          "fr": "mener une réunion", "nl": "een vergadering uitvoeren"},
   message="“carry out a meeting/concert/election” copies {lang} “{src}”; English “holds” meetings, concerts and elections (“carry out” takes tasks: a survey, an attack).",
   phrases=["{carry} out"], replacements=["{hold}"], confidence=0.8,
   when=[{"after_regex": r"(?i)(?:(?:a|an|the|this|its|their|his|her|our|several|many|two|three|\d+|first|second|joint|bilateral|regular|annual|extraordinary|special|large|big|mass|public|official|working|new|further|international|national|regional|early|presidential|parliamentary|local|charity|solemn)\s+)*" + EVENT_HOLD + r"\b"},
         {"before_regex": r"(?i)\b(?:the|a|this)\s+(?:[\w-]+\s+){0,2}" + EVENT_HOLD + r"\s+(?:was|were|will be|would be|is|are|has been|have been|had been|is being|to be)\s+(?:\w+ly\s+)?$"}],
   flag=[("The two leaders carried out talks in Minsk.", "The two leaders held talks in Minsk."),
         ("The region will carry out a festival of folk music.", "The region will hold a festival of folk music."),
         ("The concert was carried out in the main square.", "The concert was held in the main square.")],
   **{"pass": ["Police carried out a raid.", "The army carried out an attack.", "They carried out a survey of meetings."]})

calque(key="passed-in-an-atmosphere",
   langs={"ru": "прошла в атмосфере", "pl": "przebiegło w atmosferze"},
   message="“the talks passed in a friendly atmosphere” copies {lang} “{src}”; English says “took place” or “were held”.",
   phrases=["{pass}"], replacements=["{take} place"], confidence=0.8,
   when=[{"before_regex": r"(?i)\b(?:meeting|talks|negotiations|conversation|discussion|summit|visit|consultations|session|dialogue|exchange|congress|conference)\s+(?:\w+ly\s+)?$",
          "after_regex": r"(?i)(?:\w+ly\s+)?in (?:a|an) (?:\w+\s+){0,2}atmosphere\b"}],
   flag=[("The talks passed in a friendly atmosphere.", "The talks took place in a friendly atmosphere.")],
   **{"pass": ["The evening passed in a relaxed atmosphere.", "The talks took place in a friendly atmosphere."]})

calque(key="the-mister",
   langs={"es": "el señor", "pt": "o senhor", "it": "il signor", "fr": "monsieur"},
   message="“the Mister Smith” copies {lang} “{src}”; English writes “Mr Smith” with no article.",
   regex=r"\b(?:the|The) (?:Mister|Señor|Senhor|Signor|Signore|Monsieur)\b", case_sensitive=True,
   replacements=["Mr"], confidence=0.85, fix="safe",
   when=[{"after_regex": r"[A-Z][a-zà-ÿ]+"}],
   unless={"after_regex": r"(?:Universe|World|Olympia|Europe|International|Men|Bean|Rogers|T\b|Softee|Freeze|Magoo|Hyde|Ed\b|Chips|Blue|Sandman|Brightside|Jones|Right|Nice|Big|Robot|Hulot)"},
   flag=[("The director thanked the Mister García for his help.", "The director thanked Mr García for his help.")],
   **{"pass": ["He won the Mister Universe title.", "The director thanked Mr García."]})

COUNT_WITH_PEOPLE = (r"(?:(?:the|many|most|some|all|our|your|their|his|her|its|these|those)\s+)?(?:voters|customers|"
                     r"consumers|fans|investors|judges|readers|viewers|people|public|electorate|members|employers|"
                     r"recruiters|teachers|parents|critics|jury|audience|buyers|clients|users|players|children|kids|"
                     r"students|me|us|you|him|her|them|fingers|hands|an abacus|beads)\b")
calque(key="count-with-have",
   langs={"es": "contar con", "pt": "contar com"},
   message="{lang} “{src}” means “have, include, feature”; English “count with” is not an idiom for it.",
   description="After a thing or an institution as subject (“the exhibition counts with 80 works”, “the hotel counts with a pool”) and in “it counts with 300 rooms”; “what counts with voters” (matters to), counting with one's fingers and “attempt counting with a counter” pass.",
   phrases=["{count} with"], replacements=["{have}", "{include}"], confidence=0.85,
   when=[{"before_regex": r"(?i)\b(?:it|which)\s+(?:also\s+|now\s+|already\s+)?$",
          "after_regex": r"(?i)(?:(?:more than|over|almost|nearly|around|about|some|up to|at least|a total of)\s+)?\d"},
         {"before_regex": r"(?i)\b(?:exhibition|exposition|museum|hotel|city|town|country|region|project|programme|program|company|firm|school|hospital|building|house|apartment|flat|park|event|festival|show|collection|library|club|centre|center|university|model|system|team|squad|initiative|plan|campus|resort|village|province|museum's|retrospective|catalogue|catalog)\s+(?:\w+\s+){0,2}$"}],
   unless={"after_regex": COUNT_WITH_PEOPLE},
   flag=[("The exhibition counts with more than 80 works.", "The exhibition has more than 80 works."),
         ("The hotel counted with a pool and a spa.", "The hotel had a pool and a spa."),
         ("The exhibition also counts with paintings and drawings.", "The exhibition also has paintings and drawings.")],
   **{"pass": ["What counts with voters is the economy.", "Experience counts with employers.",
               "The child counts with her fingers.", "It counts with the voters.",
               "Boot loaders implement boot attempt counting with a counter."]})

calque(key="count-with-on",
   langs={"es": "contar con", "pt": "contar com"},
   message="“we count with you / your support” copies {lang} “{src}”; English says “count on” or “rely on”.",
   phrases=["{count} with"], replacements=["{count} on", "{rely} on"], confidence=0.8,
   when=[{"before_regex": r"(?i)\b(?:we|I|you|they)\s+(?:(?:are|'re|am|'m|can|could|will|always|still|also|do|did)\s+){0,2}$",
          "after_regex": r"(?i)(?:you|your (?:support|help|presence|vote|votes|participation|collaboration|understanding)|the (?:support|help|participation|collaboration|vote|votes) of)\b"}],
   unless={"after_regex": r"(?i)you\s+(?:to|on|in|up)\b"},
   flag=[("We count with your support.", "We count on your support."),
         ("We are counting with the support of the region.", "We are counting on the support of the region.")],
   **{"pass": ["Count with me: one, two, three.", "We count on your support."]})

calque(key="redouble-repeat-a-year",
   langs={"fr": "redoubler"},
   message="French “redoubler” (at school) means “repeat a year”; English “redouble” means “intensify” (“redouble one's efforts”).",
   phrases=["{redouble}", "redoubling"], replacements=["repeating a year", "grade repetition"], confidence=0.8,
   when=[{"after_regex": r"(?i)(?:(?:a|the|his|her|their|one|a school)\s+)?(?:year|class|grade|school year|first year|second year|final year)\b"},
         {"after_regex": r"(?i)(?:will|would|is|was|could|can|must|should|rates?|becomes?|remains?)\b[^.!?]{0,100}\b(?:pupils?|schoolchildren|students?|school|schools|the test|tests|exam|exams)\b"},
         {"before_regex": r"(?i)\b(?:pupils?|schoolchildren|students?|children)\s+(?:who\s+)?(?:\w+\s+)?$"}],
   unless={"after_regex": r"(?i)(?:(?:its|their|his|her|our|my|the|all|those|these|your)\s+)?(?:\w+\s+)?(?:efforts?|attempts?|calls?|pressure|vigilance|attacks?|commitment|determination|focus|work|resolve|support|campaign|search|appeals?|demands?|warnings?|fire|offensive|shelling)\b"},
   flag=[("Redoubling will again be possible for pupils who fail the test.", "Repeating a year will again be possible for pupils who fail the test.")],
   **{"pass": ["Teachers redoubled their efforts to help pupils.", "Police redoubled patrols near schools.", "The school redoubled its calls for more staff.",
               "The rebels redoubled their attacks."]})

calque(key="eventually-could",
   langs={"de": "eventuell", "es": "eventualmente", "fr": "éventuellement", "it": "eventualmente", "pt": "eventualmente",
          "pl": "ewentualnie", "nl": "eventueel"},
   message="{lang} “{src}” means “possibly”; after “could/might” English “eventually” (in the end) is often the false friend.",
   description="“could/might/may eventually” + verb in a text already showing literal translation (corroboration = 2); “will eventually” passes, and so does a time clause after it (“could eventually … once the loan runs out”).",
   phrases=["eventually"], replacements=["possibly", "perhaps"], confidence=0.5, corroboration=2,
   when=[{"before_regex": r"(?i)\b(?:could|might|may)\s*$",
          "after_regex": r"(?i)(?:delay|postpone|be|become|cancel|change|close|extend|add|reduce|raise|lower|join|replace|drop|bring|introduce|offer|take|reach|hold|open|include|follow|lead|ask|decide|accept|abandon|review|revise|adjust|withdraw|move|return)\b"}],
   unless={"after_regex": r"(?i)[^.!?]{0,80}\b(?:once|when|after|over time|in the long run|in the end|in the long term|unless|until|as|if)\b"},
   flag=[("The ministry could eventually delay the reform by a year.", "The ministry could possibly delay the reform by a year.")],
   **{"pass": ["The plant will eventually close.", "Savings could eventually run out once the loan ends."]})

PERFECT_SINCE = [("teaches", "has taught", "She teaches since 12 years in Lille.", "She has taught for 12 years in Lille."),
                 ("works", "has worked", "He works since three years for the bank.", "He has worked for three years for the bank."),
                 ("lives", "has lived", "She lives since ten years in Lisbon.", "She has lived for ten years in Lisbon."),
                 ("studies", "has studied", "He studies since two years in Rome.", "He has studied for two years in Rome."),
                 ("plays", "has played", "He plays since five years for the club.", "He has played for five years for the club."),
                 ("knows", "has known", "She knows since years that the plant will close.", "She has known for years that the plant will close."),
                 ("is", "has been", "The road is since two months closed.", "The road has been for two months closed."),
                 ("loses", "has been losing", "The firm loses since three years market share.", "The firm has been losing for three years market share."),
                 ("live", "have lived", "We live since 20 years in Berlin.", "We have lived for 20 years in Berlin."),
                 ("work", "have worked", "They work since six months on the project.", "They have worked for six months on the project."),
                 ("are", "have been", "We are since years friends.", "We have been for years friends.")]
DURATION = r"((?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|several|many|a few|a couple of) (?:more |whole |full |long )?(?:years?|months?|weeks?|days?|hours?|decades?)|years|decades|months|weeks|a long time)"
PERFECT_LANGS = {"de": "er unterrichtet seit 12 Jahren", "fr": "il enseigne depuis 12 ans", "es": "enseña desde hace 12 años",
                 "it": "insegna da 12 anni", "pt": "ensina há 12 anos", "ru": "преподаёт уже 12 лет", "pl": "uczy od 12 lat",
                 "nl": "hij geeft sinds 12 jaar les"}
for _verb, _perfect, _ex, _fixed in PERFECT_SINCE:
    calque(key=f"present-since-{_verb}",
       langs=PERFECT_LANGS,
       message=f"“{_verb} since 12 years” copies the present tense of {{lang}} “{{src}}”; English uses the present perfect with “for”: “{_perfect} for 12 years”.",
       regex=r"\b" + _verb + r" since " + DURATION + r"\b", replacements=[_perfect + " for $1"], confidence=0.9,
       unless={"after_regex": r"(?i)(?:ago|earlier|before|previously|old|of age|after|later|had|have|has|passed|went|elapsed)\b"},
       flag=[(_ex, _fixed)],
       **{"pass": [f"It {_verb if _verb[-1] == 's' else _verb} since 2012 under new rules.", "It was the first rise since three years ago."]})

DAYS = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
calque(key="the-past-monday",
   langs={"es": "el pasado lunes", "pt": "na passada segunda-feira", "it": "lo scorso lunedì"},
   message="“the past Monday” copies {lang} “{src}”; English says “last Monday” (or “on Monday”).",
   regex=r"\b(?:on )?the past (" + DAYS + r")\b", replacements=["last $1"], confidence=0.85, fix="safe",
   flag=[("The museum opened the past Thursday.", "The museum opened last Thursday."),
         ("The law was approved on the past Monday by parliament.", "The law was approved last Monday by parliament.")],
   **{"pass": ["The museum opened last Thursday.", "This past Thursday the museum opened."]})

calque(key="the-day-of-today",
   langs={"es": "el día de hoy", "pt": "o dia de hoje", "it": "il giorno di oggi"},
   message="“the day of today/yesterday” copies {lang} “{src}”; English says “today” / “yesterday” (“to this day” for “until the day of today”).",
   regex=r"\b(?:on )?the day of (today|yesterday|tomorrow)\b", replacements=["$1"], confidence=0.9, fix="safe",
   flag=[("The results were published the day of yesterday.", "The results were published yesterday.")],
   **{"pass": ["The results were published yesterday.", "The day of the vote was sunny."]})

calque(key="totality-of-all",
   langs={"fr": "la totalité des", "es": "la totalidad de", "it": "la totalità di", "pt": "a totalidade de"},
   message="“the totality of the pupils” copies {lang} “{src}”; English says “all (the) pupils” or “all of”.",
   regex=r"\bthe (?:quasi[- ]|almost |near )?totality of\b", replacements=["all of"], confidence=0.8,
   when=[{"after_regex": r"(?i)(?:the |its |their |our )?(?:\w+ )?(?:pupils|students|teachers|employees|staff|workers|members|citizens|inhabitants|residents|population|participants|players|parties|countries|regions|municipalities|schools|hospitals|companies|firms|shares|capital|votes|seats|funds|budget|territory|debt|costs|cases|victims|passengers|deputies|ministers|unions|French|Spanish|Italian|Portuguese)\b"}],
   flag=[("The totality of the employees went on strike.", "All of the employees went on strike.")],
   **{"pass": ["The totality of the evidence points to fraud.", "Judged in its totality, the plan works."]})

calque(key="quasi-totality",
   langs={"fr": "la quasi-totalité", "it": "la quasi totalità", "es": "la casi totalidad", "pt": "a quase totalidade"},
   message="“quasi-totality” is not English; {lang} “{src}” means “almost all”.",
   regex=r"\b(?:the )?quasi[- ]?totality(?: of)?\b", replacements=["almost all"], confidence=0.95, fix="safe",
   flag=[("The quasi-totality of the deputies voted for it.", "Almost all the deputies voted for it.")],
   **{"pass": ["Almost all the deputies voted for it."]})

calque(key="a-dozen-of",
   langs={"fr": "une dizaine de / une centaine de", "es": "una docena de / un centenar de",
          "it": "una dozzina di / un centinaio di", "pt": "uma dúzia de / uma centena de"},
   message="“a dozen of people” copies {lang} “{src}”; English says “a dozen people” or “about a hundred people” (“of” only before the, them, those …).",
   regex=r"\ba (dozen|hundred|thousand) of\b", replacements=["a $1"], confidence=0.85, fix="safe",
   when=[{"after_regex": r"[a-z]"}],
   unless={"after_regex": r"(?i)(?:the|them|those|these|us|you|his|her|my|our|their|its|which|whom|it|this|that|such)\b"},
   flag=[("A dozen of people were injured.", "A dozen people were injured."),
         ("A hundred of demonstrators gathered.", "A hundred demonstrators gathered.")],
   **{"pass": ["A dozen of them were injured.", "A hundred of the demonstrators left.", "A couple of people came."]})

calque(key="in-the-first-turn",
   langs={"ru": "в первую очередь", "pl": "w pierwszej kolejności"},
   message="“In the first turn” copies {lang} “{src}”; English says “first of all”, “above all” or “primarily”.",
   phrases=["in the first turn", "in first turn"], replacements=["first of all", "above all"], confidence=0.85,
   when=[{"before_regex": r"(?:^|[.!?:;\"“”]|\n)\s*$", "after_regex": r"\s*,"},
         {"before_regex": r"(?i)\b(?:is|are|was|were|be|must|should|will|need|needs|concerns|affects|help|helps)\s+(?:\w+\s+)?$",
          "after_regex": r"(?i)(?:the|for|those|people|children|pensioners|families)\b"}],
   unless={"after_regex": r"(?i)[^.!?]{0,40}\b(?:player|players|game|games|round|move|moves|chess|card|cards|dice|opponent)\b"},
   flag=[("In the first turn, the money will go to hospitals.", "First of all, the money will go to hospitals.")],
   **{"pass": ["In the first turn, each player draws two cards.", "He won in the first round."]})

calque(key="per-date-as-of",
   langs={"de": "per 1. Januar", "nl": "per 1 januari"},
   message="“per 1 January” copies {lang} “{src}”; English says “as of 1 January” or “from 1 January”.",
   regex=r"\bper (\d{1,2}(?:st|nd|rd|th|\.)? " + MONTHS + r"|" + MONTHS + r" \d{1,2}(?:st|nd|rd|th)?|the (?:\d{1,2}(?:st|nd|rd|th)?|end|beginning|start|middle) of (?:" + MONTHS[3:-1] + r"|the (?:year|month|quarter))|(?:the )?(?:end|beginning|start|mid)[- ]" + MONTHS + r")\b",
   replacements=["as of $1"], confidence=0.85, fix="safe",
   flag=[("The new rules apply per 1 January.", "The new rules apply as of 1 January.")],
   **{"pass": ["The new rules apply from 1 January.", "It costs 5 euros per 1 kilo.", "Two doses per day."]})

calque(key="ex-minister-former",
   langs={"es": "el ex ministro", "it": "l'ex ministro", "pt": "o ex ministro"},
   message="“the ex minister” copies {lang} “{src}”; English writes “the former minister” (or hyphenates: ex-minister).",
   regex=r"\bex (minister|ministers|president|presidents|prime minister|premier|mayor|governor|director|chairman|chairwoman|CEO|coach|player|deputy|senator|ambassador|chancellor|secretary|secretary-general|footballer|champion|head|leader|judge|MP|MEP|official|militant|guerrilla|member)\b",
   replacements=["former $1"], confidence=0.9, fix="safe",
   flag=[("The ex minister was arrested on Tuesday.", "The former minister was arrested on Tuesday.")],
   **{"pass": ["The ex-minister was arrested.", "My ex boyfriend called.", "The former minister was arrested."]})

calque(key="aged-of",
   langs={"fr": "âgé de 50 ans", "es": "de 50 años de edad", "it": "di 50 anni", "pt": "de 50 anos de idade"},
   message="“aged of 50 years” copies {lang} “{src}”; English says “aged 50” or “50-year-old”.",
   regex=r"\baged of (\d{1,3})(?: years(?: old)?)?\b", replacements=["aged $1"], confidence=0.95, fix="safe",
   flag=[("A man aged of 50 years was arrested.", "A man aged 50 was arrested.")],
   **{"pass": ["A man aged 50 was arrested.", "Children aged 5 to 10 attend."]})

calque(key="magazine-warehouse",
   langs={"pl": "magazyn", "it": "magazzino", "de": "Magazin"},
   message="{lang} “{src}” is a “warehouse” or “storeroom”; an English “magazine” is a periodical (or an ammunition store).",
   phrases=["<magazine>"], replacements=["<warehouse>", "<storeroom>"], confidence=0.75,
   when=[{"before_regex": r"(?i)\b(?:stored|kept|stocked|delivered|unloaded|goods|stock|products|pallets|supplies|grain|parcels|packages)\b[^.!?]{0,30}\b(?:in|into|to|from|at) (?:the|a|our|their|its|a large|the company's)\s*$"}],
   unless={"document": ["ammunition", "gun", "guns", "rifle", "rifles", "pistol", "weapon", "weapons", "cartridge",
                        "cartridges", "rounds", "gunpowder", "publisher", "editor", "issue", "journalist"]},
   flag=[("The goods are stored in the magazine near the port.", "The goods are stored in the warehouse near the port."),
         ("Parcels are delivered from the magazine every morning.", "Parcels are delivered from the warehouse every morning.")],
   **{"pass": ["She reads a fashion magazine.", "He loaded the magazine of his rifle.",
               "The editor said the magazine staff were cut; the next issue is late."]})

calque(key="accumulator-battery",
   langs={"ru": "аккумулятор", "pl": "akumulator", "de": "Akku", "nl": "accu"},
   message="{lang} “{src}” of a phone or car is its “battery”; English “accumulator” is a technical or dated word.",
   regex=r"\b(?:accumulators?|accus?)\b", replacements=["battery"], confidence=0.85,
   when=[{"before_regex": r"(?i)\b(?:phone|phone's|car|car's|laptop|laptop's|smartphone|smartphone's|mobile|mobile's|tablet|camera|e-bike|scooter|the|my|his|her|your|its)\s*$",
          "after_regex": r"(?i)(?:is|was|has|had|went|ran|runs|goes)\s+(?:\w+\s+)?(?:dead|flat|empty|discharged|low|out|down|drained|charged)\b|(?:of|in) (?:the |my |his |her |your |a )?(?:phone|car|laptop|smartphone|mobile|tablet|camera|e-bike|scooter)\b"}],
   unless={"document": ["register", "registers", "assembler", "cpu", "instruction", "hydraulic", "variable", "function", "loop", "sum"]},
   flag=[("The accumulator of my phone is empty.", "The battery of my phone is empty."),
         ("My accu was dead after an hour.", "My battery was dead after an hour.")],
   **{"pass": ["The function returns the accumulator.", "A hydraulic accumulator stores pressure."]})

calque(key="reanimation-intensive-care",
   langs={"ru": "реанимация", "pl": "reanimacja", "fr": "réanimation", "it": "rianimazione"},
   message="{lang} “{src}” (a hospital ward) is “intensive care”; English “reanimation” is at most “resuscitation”.",
   regex=r"\b(?:the )?reanimation(?: (?:department|unit|ward|service))?\b", replacements=["intensive care"], confidence=0.85, fix="safe",
   when=[{"before_regex": r"(?i)\b(?:in|into|to|from|at|of)\s*$"},
         {"after_regex": r"(?i)(?:doctors?|nurses?|beds?|staff|specialists?)\b"}],
   flag=[("The injured man was taken to reanimation.", "The injured man was taken to intensive care."),
         ("Two patients are in the reanimation department.", "Two patients are in intensive care.")],
   **{"pass": ["The patient was taken to intensive care.", "The reanimation of the dead is a theme of the novel."]})

calque(key="received-traumas",
   langs={"ru": "получил травмы", "pl": "doznał urazów", "it": "ha riportato traumi"},
   message="“received traumas” copies {lang} “{src}”; English says “was injured” or “suffered injuries”.",
   phrases=["traumas"], replacements=["injuries"], confidence=0.85, fix="safe",
   when=[{"before_regex": r"(?i)\b(?:received|receive|receives|got|get|suffered|sustained)\s+(?:\w+\s+){0,2}$",
          "after_regex": r"(?i)(?:of (?:varying|different|various|varying degrees of|moderate|medium) (?:severity|gravity)|to (?:the |his |her |their )?(?:head|legs?|arms?|chest|spine|neck|back|face|abdomen)|in the (?:accident|crash|collision|attack|explosion|fire|fall|blast)|incompatible with life|and (?:was|were) (?:taken|hospitali[sz]ed))\b"}],
   unless={"before_regex": r"(?i)\b(?:emotional|psychological|childhood|mental|past|early|sexual)\s+$"},
   flag=[("The driver received traumas of varying severity.", "The driver received injuries of varying severity.")],
   **{"pass": ["She suffered childhood traumas.", "The driver received injuries.", "The veterans received traumas that lasted decades."]})

calque(key="brigade-team",
   langs={"ru": "бригада", "pl": "brygada"},
   message="{lang} “{src}” of doctors or builders is a “team” or “crew”; an English “brigade” is a military unit (or the fire brigade).",
   phrases=["<brigade>"], replacements=["<team>", "<crew>"], confidence=0.85,
   when=[{"before_regex": r"(?i)\b(?:ambulance|medical|repair|emergency|construction|rescue|builders'?|maintenance|road|surgical)\s*$"},
         {"after_regex": r"(?i)of (?:doctors|builders|workers|rescuers|repairmen|electricians|medics|paramedics|surgeons|plumbers|engineers|specialists)\b"}],
   unless={"before_regex": r"(?i)\bfire\s*$"},
   flag=[("An ambulance brigade arrived in ten minutes.", "An ambulance team arrived in ten minutes."),
         ("A brigade of builders repaired the roof.", "A team of builders repaired the roof.")],
   **{"pass": ["The fire brigade arrived.", "The brigade of infantry advanced.", "The International Brigades fought in Spain."]})

calque(key="investition-investment",
   langs={"de": "Investition", "pl": "inwestycja"},
   message="“investition” is not English ({lang} “{src}”); the word is “investment”.",
   phrases=["<investition>"], replacements=["<investment>"], confidence=0.95, fix="safe",
   flag=[("The investitions will create jobs.", "The investments will create jobs.")],
   **{"pass": ["The investments will create jobs."]})

calque(key="draw-a-balance",
   langs={"de": "Bilanz ziehen", "fr": "tirer un bilan", "es": "hacer balance", "it": "tracciare un bilancio",
          "pt": "fazer um balanço", "pl": "podsumować / bilans", "ru": "подвести итоги", "nl": "de balans opmaken"},
   message="“drew a positive balance” copies {lang} “{src}”; English “takes stock” or gives a positive “assessment”.",
   phrases=["balance"], replacements=["assessment"], confidence=0.85,
   when=[{"before_regex": r"(?i)\b(?:draw|draws|drew|drawn|drawing|make|makes|made|making)\s+(?:a|an|the|its|their|his|her)\s+(?:positive|negative|mixed|first|provisional|overall|critical|sober|good|bad|disappointing|satisfactory|encouraging|sobering|bitter|final|interim|preliminary)\s*$"}],
   unless={"after_regex": r"(?i)(?:sheet|of power|between|of payments|of trade)\b"},
   flag=[("The minister drew a positive balance of the year.", "The minister drew a positive assessment of the year.")],
   **{"pass": ["The firm drew up a balance sheet.", "They made a good balance between work and rest."]})

calque(key="balance-toll",
   langs={"fr": "le bilan", "es": "el balance", "it": "il bilancio", "pt": "o balanço", "pl": "bilans ofiar",
          "de": "die Bilanz"},
   message="{lang} “{src}” of an accident or attack is the (death) “toll”; English “balance” is what remains or an equilibrium.",
   regex=r"\bthe (?:human |provisional |final |heavy |latest |official )?balance\b", replacements=["the toll"], confidence=0.85,
   when=[{"after_regex": r"(?i)of the (?:accident|attack|attacks|storm|earthquake|floods?|fire|clashes|explosion|crash|bombing|shooting|riots?|disaster|hurricane|typhoon|heatwave|avalanche|collision|landslide|violence)\b"},
         {"after_regex": r"(?i)(?:is|was|rose to|stands at|stood at|has risen to|climbed to|reached|now stands at|is now)\s+(?:\w+\s+){0,2}\d[\d,]*\s+(?:dead|deaths|killed|injured|wounded|victims|people dead)\b"}],
   flag=[("The balance of the accident is three dead.", "The toll of the accident is three dead."),
         ("The provisional balance rose to 12 dead.", "The toll rose to 12 dead.")],
   **{"pass": ["The balance of the account is zero.", "The balance of power shifted.", "The toll rose to 12 dead."]})

calque(key="beamer-projector",
   langs={"de": "Beamer", "nl": "beamer"},
   message="{lang} “{src}” is a (video) “projector”; an English “beamer” is a BMW or a cricket ball.",
   phrases=["<beamer>"], replacements=["<projector>"], confidence=0.85, fix="safe",
   when=[{"after_regex": r"(?i)[^.!?]{0,80}\b(?:laptop|slides?|presentation|screen|HDMI|projected|projects|cable|remote|lamp|PowerPoint|lecture|classroom|meeting room)\b"},
         {"before_regex": r"(?i)\b(?:laptop|slides?|presentation|screen|HDMI|projected|cable|PowerPoint|lecture|classroom|meeting room)\b[^.!?]{0,80}$"}],
   unless={"document": ["cricket", "bowler", "batsman", "batter", "BMW", "wicket"]},
   flag=[("Connect your laptop to the beamer.", "Connect your laptop to the projector.")],
   **{"pass": ["He drove his beamer to the office.", "The bowler was warned for a beamer."]})

calque(key="oldtimer-classic-car",
   langs={"de": "Oldtimer", "nl": "oldtimer"},
   message="{lang} “{src}” is a “vintage” or “classic car”; an English “old-timer” is an old person.",
   phrases=["<oldtimer>"], replacements=["<classic car>", "<vintage car>"], confidence=0.85,
   when=[{"after_regex": r"(?i)(?:rally|rallies|show|shows|museum|fair|parade|meeting|car|cars|tractor|tractors|bus|buses|plates|insurance|race|races)\b"},
         {"before_regex": r"(?i)\b(?:drove|drives|drive|driving|restored|restore|restores|restoring|collects?|collecting|bought|sold|vintage|classic)\s+(?:\w+\s+){0,2}$",
          "after_regex": r"(?:[.,;:!?)]|$|(?i:from|with|in|at|on|for|to|and|was|is|were|are)\b)"}],
   unless={"document": ["veteran", "veterans"]},
   flag=[("He restored his oldtimer from 1965.", "He restored his classic car from 1965.")],
   **{"pass": ["The old-timers at the bar told stories.", "An oldtimer from the village told stories."]})

calque(key="public-viewing-screening",
   langs={"de": "Public Viewing"},
   message="German “Public Viewing” is a “public screening” of a match; in English a “public viewing” is of a body before a funeral.",
   phrases=["public viewing", "public viewings"], replacements=["public screening", "public screenings"], confidence=0.8,
   when=[{"document": ["match", "matches", "World Cup", "Euro", "goal", "goals", "national team", "final", "semi-final", "fans", "football"]}],
   unless={"document": ["funeral", "coffin", "casket", "lying in state", "wake", "funeral home", "mourners", "body", "remains"]},
   flag=[("Thousands of fans watched the final at the public viewing.", "Thousands of fans watched the final at the public screening.")],
   **{"pass": ["Mourners filed past the coffin at the public viewing."]})

calque(key="home-office-working-from-home",
   langs={"de": "im Homeoffice", "pl": "home office", "nl": "thuiswerken / home office"},
   message="“work in home office” copies {lang} “{src}”; English says “work from home” (a “home office” is a room, the “Home Office” a UK ministry).",
   regex=r"\b(?:in|into|to|from) home office\b", case_sensitive=True, replacements=["working from home"], confidence=0.8,
   when=[{"after_regex": r"(?:[.,;:!?)]|$|(?:and|because|since|for|during|until|again|now|today|due|as|if|when|while|or|but|this|next|last|every|all|once|twice|full-time|on (?:Mondays|Tuesdays|Wednesdays|Thursdays|Fridays))\b)"}],
   flag=[("Most employees are in home office this week.", "Most employees are working from home this week.")],
   **{"pass": ["She works in her home office.", "He worked in Home Office policy.", "They moved into a home office upstairs."]})

calque(key="showmaster-host",
   langs={"de": "Showmaster / Talkmaster"},
   message="“showmaster/talkmaster” is German, not English; the word is “(TV) host” or “presenter”.",
   phrases=["<showmaster>", "<talkmaster>"], replacements=["<host>", "<presenter>"], confidence=0.95, fix="safe",
   flag=[("The showmaster greeted the audience.", "The host greeted the audience.")],
   **{"pass": ["The host greeted the audience."]})

calque(key="smart-working-remote",
   langs={"it": "in smart working"},
   message="Italian “in smart working” means “working remotely / from home”; English “smart working” is a management idea, not a place to be.",
   regex=r"\b(?:in|into) smart[- ]working\b", replacements=["working remotely"], confidence=0.85,
   flag=[("Half the staff are in smart working.", "Half the staff are working remotely.")],
   **{"pass": ["Smart working policies vary by firm."]})

calque(key="per-direct-immediately",
   langs={"nl": "per direct"},
   message="“per direct” is Dutch; English says “immediately” or “with immediate effect”.",
   phrases=["per direct"], replacements=["with immediate effect", "immediately"], confidence=0.95, fix="safe",
   flag=[("The director resigns per direct.", "The director resigns with immediate effect.")],
   **{"pass": ["The director resigns with immediate effect."]})

calque(key="put-in-value",
   langs={"es": "poner en valor", "fr": "mettre en valeur", "it": "valorizzare", "pt": "pôr em valor"},
   message="“put in value” copies {lang} “{src}”; English says “showcase”, “enhance” or “bring out”.",
   phrases=["{put|puts|put|put|putting} in value"], replacements=["{showcase}", "{enhance}"], confidence=0.9,
   flag=[("The project puts in value the local heritage.", "The project showcases the local heritage.")],
   **{"pass": ["The project showcases the local heritage."]})

calque(key="put-in-evidence",
   langs={"fr": "mettre en évidence", "it": "mettere in evidenza", "es": "poner en evidencia", "pt": "pôr em evidência"},
   message="“put in evidence” copies {lang} “{src}”; English says “highlight”, “reveal” or “show”.",
   phrases=["{put|puts|put|put|putting} in evidence"], replacements=["{highlight}", "{reveal}"], confidence=0.8,
   unless={"document": ["court", "jury", "judge", "prosecution", "prosecutor", "exhibit", "trial", "defendant", "testimony"]},
   flag=[("The study puts in evidence the role of diet.", "The study highlights the role of diet.")],
   **{"pass": ["The prosecution put in evidence a letter from the defendant."]})

calque(key="approve-the-exam",
   langs={"es": "aprobar el examen", "pt": "aprovar no exame"},
   message="{lang} “{src}” means “pass” an exam; English “approve” means “agree to, authorize”.",
   phrases=["{approve}"], replacements=["{pass}"], confidence=0.8,
   when=[{"before_regex": r"(?i)\b(?:I|he|she|we|they|you|students|pupils|candidates|applicants|\w+ students|\w+ pupils|\d+% of (?:the )?(?:students|pupils|candidates))\s+(?:\w+\s+)?$",
          "after_regex": r"(?i)(?:the|an?|his|her|their|my|our|all|every|all the|the final|all of the)\s+(?:[\w-]+\s+){0,2}(?:exams?|examinations?|tests?|subjects|courses?|year|driving test|selectividad|entrance exam)\b"}],
   flag=[("She approved all her exams in June.", "She passed all her exams in June.")],
   **{"pass": ["The board approved the exam format.", "The ministry approved the new exams."]})

calque(key="in-the-measure-that",
   langs={"es": "en la medida en que", "it": "nella misura in cui", "pt": "na medida em que", "fr": "dans la mesure où"},
   message="“in the measure that/in which” copies {lang} “{src}”; English says “insofar as” or “to the extent that”.",
   regex=r"\bin the measure (?:that|in which|where|as)\b", replacements=["insofar as", "to the extent that"], confidence=0.95, fix="safe",
   flag=[("The plan works in the measure that people use it.", "The plan works insofar as people use it.")],
   **{"pass": ["The plan works insofar as people use it.", "In the measure adopted, taxes rise."]})

calque(key="in-the-measure-of-the-possible",
   langs={"es": "en la medida de lo posible", "it": "nei limiti del possibile", "pt": "na medida do possível",
          "fr": "dans la mesure du possible"},
   message="“in the measure of the possible” copies {lang} “{src}”; English says “as far as possible”.",
   regex=r"\bin the measure of (?:the )?possible\b", replacements=["as far as possible"], confidence=0.95, fix="safe",
   flag=[("We will help in the measure of the possible.", "We will help as far as possible.")],
   **{"pass": ["We will help as far as possible."]})

calque(key="is-in-increase",
   langs={"fr": "en augmentation / en hausse", "es": "en aumento", "it": "in aumento", "pt": "em aumento"},
   message="“is in increase/augmentation” copies {lang} “{src}”; English says “is rising” or “is increasing”.",
   regex=r"\b(is|are|was|were|remains|remain|remained) in (?:strong |sharp |constant |steady |slight |clear |net |continuous |full )?(?:augmentation|increase|rise|hausse)\b",
   replacements=["$1 rising"], confidence=0.9, fix="unsafe",
   flag=[("The number of cases is in increase.", "The number of cases is rising."),
         ("Sales were in strong augmentation in May.", "Sales were rising in May.")],
   **{"pass": ["The number of cases is on the rise.", "There is an increase in cases."]})

calque(key="is-in-decrease",
   langs={"fr": "en baisse / en diminution", "es": "en descenso / en disminución", "it": "in calo / in diminuzione",
          "pt": "em queda / em diminuição"},
   message="“is in decrease/diminution” copies {lang} “{src}”; English says “is falling” or “is decreasing”.",
   regex=r"\b(is|are|was|were|remains|remain|remained) in (?:strong |sharp |constant |steady |slight |clear |net |continuous |full )?(?:diminution|decrease|drop|baisse|descent)\b",
   replacements=["$1 falling"], confidence=0.9, fix="unsafe",
   flag=[("Unemployment is in diminution.", "Unemployment is falling.")],
   **{"pass": ["Unemployment is in decline.", "Unemployment is falling."]})

calque(key="retained-selected",
   langs={"fr": "retenu"},
   message="French “retenu” (a project, a candidate) means “selected, chosen”; English “retained” means “kept”.",
   phrases=["retained"], replacements=["selected", "chosen"], confidence=0.8,
   when=[{"before_regex": r"(?i)\b(?:project|projects|candidate|candidates|option|options|solution|solutions|proposal|proposals|bid|bids|offer|offers|site|sites|design|designs|scenario|scenarios|file|files|architect|architects|team|teams|route|variant)\s+(?:(?:was|were|has been|have been|had been|is|are|finally|eventually)\s+)*$",
          "after_regex": r"(?i)(?:by (?:the )?(?:jury|committee|commission|ministry|government|city|council|region|selection panel|panel)|for (?:the )?(?:final|second round|next round|shortlist|construction|the project))\b"}],
   flag=[("The project retained by the jury will be built in 2027.", "The project selected by the jury will be built in 2027."),
         ("Three candidates were retained for the final.", "Three candidates were selected for the final.")],
   **{"pass": ["The firm retained a lawyer.", "The lawyer retained by the firm resigned.", "The team retained the title."]})

calque(key="envisage-to",
   langs={"fr": "envisager de"},
   message="“envisages to raise” copies French “envisager de”; English says “plans to” or “is considering raising”.",
   phrases=["{envisage} to"], replacements=["{plan} to", "{intend} to"], confidence=0.85,
   when=[{"after_regex": r"(?i)(?:\w+ly\s+)?[a-z]+"}],
   unless={"after_regex": r"(?i)(?:the|a|an|this|that|what|how|be|it)\b"},
   flag=[("The government envisages to raise taxes.", "The government plans to raise taxes.")],
   **{"pass": ["The government envisages raising taxes.", "It is hard to envisage a deal."]})

# ======================================================================= GENERAL CALQUES (mt2):
# preposition, verb-pattern, fixed-expression, title and number calques that literal MT makes in
# any text, written from the interference patterns of each source language.

BARE_VERBS = (r"(?:be|become|buy|build|raise|create|introduce|reduce|cut|increase|use|make|take|give|find|get|go|"
              r"come|see|do|pay|leave|stay|keep|start|stop|change|improve|open|close|sell|hire|invest|develop|"
              r"protect|avoid|help|hold|meet|visit|read|write|learn|study|speak|talk|eat|drink|wait|work|play|"
              r"travel|move|call|ask|tell|show|send|apply|accept|sign|lower|limit|ban|extend|expand|renew|"
              "replace|remove|return|postpone|delay|cancel|adopt|launch|present|publish|organise|organize|"
              r"install|update|check|contact|consult|join|share|save|spend|lose|win|reach|obtain|achieve|"
              r"continue|finish|repeat|try|look|listen|laugh|cry|smile|think|believe|feel|understand|accept|"
              r"reconsider|rethink|resign|abandon|sell|return|fix|carry|bring|put|run|fall|miss|fail|destroy|"
              r"undermine|collapse|damage|die|disappear|leave|vote|strike|protest|attack|negotiate|discuss|"
              r"respond|answer|analyse|analyze|examine|evaluate|assess|define|establish|set|create|form|"
              r"merge|privatise|privatize|nationalise|nationalize|regulate|simplify|modernise|modernize|"
              r"strengthen|weaken|block|allow|permit|enable|prevent|drive|fly|cook|clean|pack|dance|sing|swim|"
              r"sleep|rest|relax|walk|enter|exit|cross|climb|paint|draw|print|download|upload|register|"
              r"book|order|rent|borrow|lend|share|wear|dress|shower|wash|phone|email|reply|admit|confirm|"
              r"deny|explain|inform|warn|announce|declare|publish|appoint|elect|nominate|choose|select|"
              r"decide|agree|refuse|plan|prepare|produce|manufacture|export|import|deliver|supply|provide|"
              r"offer|propose|suggest|recommend|introduce|implement|apply|launch|test|try|verify|measure|"
              r"compare|combine|connect|convert|calculate|estimate|predict|forecast|identify|detect|"
              r"recognise|recognize|remember|forget|know|learn|teach|train|prepare|attend|participate)")
NUMBERS_SMALL = r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a hundred|several|many|dozens of|hundreds of)"
DAYS = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"

calque(key="depend-of",
   langs={"fr": "dépendre de", "es": "depender de", "pt": "depender de", "nl": "afhangen van"},
   message="“depend of” copies {lang} “{src}”; in English things depend “on” something.",
   regex=r"\b(depends|depend|depended) of\b", replacements=["$1 on"], confidence=0.9, fix="safe",
   unless={"after_regex": r"(?i)(?:whether|if)\b"},
   flag=[("The price depends of the weather.", "The price depends on the weather."),
         ("Everything will depend of the vote.", "Everything will depend on the vote.")],
   **{"pass": ["The price depends on the weather.", "The court is independent of the government.", "Depending of the event type, the action differs."]})

calque(key="depend-from",
   langs={"de": "abhängen von", "it": "dipendere da", "ru": "зависеть от", "pl": "zależeć od"},
   message="“depend from” copies {lang} “{src}”; in English things depend “on” something.",
   regex=r"\b(depends|depend|depended) from\b", replacements=["$1 on"], confidence=0.85, fix="safe",
   unless={"after_regex": r"(?i)(?:the |a |its |their )?(?:ceiling|roof|branch|branches|chain|chains|hook|hooks|neck|belt|rafters|beam|beams|cord|wire)\b"},
   flag=[("The result depends from the weather.", "The result depends on the weather.")],
   **{"pass": ["The result depends on the weather.", "Lamps depend from the ceiling.", "Functions depending from it use cached values."]})

calque(key="interested-for",
   langs={"es": "interesado por", "pt": "interessado por", "it": "interessato per"},
   message="“interested for” copies {lang} “{src}”; in English one is interested “in” something.",
   phrases=["interested for"], replacements=["interested in"], confidence=0.85, fix="safe",
   when=[{"after_regex": r"(?i)(?:the|a|an|this|that|these|those|his|her|their|our|my|your|its|politics|music|art|sport|sports|science|history|learning|buying|working|studying|it|them|him)\b"}],
   unless={"after_regex": r"(?i)(?:the (?:moment|time being|first time|long term|rest of)|a (?:while|long time|few|moment|time)|years|months|now)\b"},
   flag=[("She is very interested for the job.", "She is very interested in the job."),
         ("Many investors are interested for buying the company.", "Many investors are interested in buying the company.")],
   **{"pass": ["She is interested in the job.", "He stayed interested for a long time.", "Keep them interested for the rest of the lesson."]})

calque(key="married-with",
   langs={"fr": "marié avec", "es": "casado con", "it": "sposato con", "pt": "casado com", "de": "verheiratet mit",
          "nl": "getrouwd met", "pl": "żonaty z", "ru": "женат на / замужем за"},
   message="“married with someone” copies {lang} “{src}”; English says “married to” someone (“married with children” is fine).",
   phrases=["married with"], replacements=["married to"], confidence=0.85, fix="safe",
   when=[{"before_regex": r"(?i)\b(?:is|was|are|were|been|be|being|got|get|gets|getting|become|became|'s|remained|stayed|still|happily|now|once)\s*$",
          "after_regex": r"(?i)(?:(?:a|an|the|his|her|their|my|your|one)\s+(?:\w+\s+)?(?:man|woman|doctor|teacher|lawyer|banker|businessman|businesswoman|actress|actor|singer|engineer|nurse|journalist|politician|painter|writer|widow|widower|girl|boy|German|Frenchman|Frenchwoman|Italian|Spaniard|American|Englishman|Englishwoman|musician|athlete|footballer|player|daughter|son|sister|brother|cousin|princess|prince|colleague|diplomat|officer|architect|professor|producer|director|model|designer)|[A-Z][a-zà-ÿ]+ [A-Z][a-zà-ÿ]+)\b"}],
   unless={"after_regex": r"(?i)(?:children|kids|two|three|four|one child|a child|a family|a (?:baby|son|daughter)|the (?:blessing|consent)|dependants)\b"},
   flag=[("He is married with a doctor from Lyon.", "He is married to a doctor from Lyon."),
         ("She was married with Pierre Dubois for ten years.", "She was married to Pierre Dubois for ten years.")],
   **{"pass": ["He is married with two children.", "She is married to a doctor.", "They were married with the blessing of the family.",
               "He was married with a child on the way."]})

calque(key="consist-in-count",
   langs={"fr": "consister en", "es": "consistir en", "it": "consistere in", "pt": "consistir em"},
   message="“consists in” + parts copies {lang} “{src}”; what something is made up of is “consists of” (“consists in” means “lies in”).",
   phrases=["{consist} in"], replacements=["{consist} of"], confidence=0.85, fix="safe",
   when=[{"after_regex": r"(?i)(?:(?:about|around|some|more than|over|at least|nearly|almost|only|just)\s+)?" + NUMBERS_SMALL + r"\s+(?:\w+\s+)?(?:members|players|people|rooms|chapters|parts|pieces|stages|phases|steps|levels|floors|buildings|units|modules|courses|lessons|episodes|songs|tracks|works|islands|districts|regions|countries|states|judges|ministers|deputies|experts|scientists|teams|companies|employees|soldiers|persons|volumes|sections|questions|exercises|tests|rounds|matches|games)\b"}],
   flag=[("The jury consists in seven members.", "The jury consists of seven members."),
         ("The course consisted in twelve lessons.", "The course consisted of twelve lessons.")],
   **{"pass": ["Happiness consists in being useful.", "The jury consists of seven members.", "The difficulty consists in two things."]})

calque(key="consist-from",
   langs={"ru": "состоять из", "pl": "składać się z"},
   message="“consist from” copies {lang} “{src}”; English says “consist of”.",
   phrases=["{consist} from"], replacements=["{consist} of"], confidence=0.9, fix="safe",
   flag=[("The team consists from ten players.", "The team consists of ten players.")],
   **{"pass": ["The team consists of ten players."]})

calque(key="participate-to",
   langs={"fr": "participer à", "it": "partecipare a", "ru": "участвовать в", "pl": "uczestniczyć w"},
   message="“participate to” copies {lang} “{src}”; English takes part “in” something: “participate in”.",
   phrases=["{participate} to"], replacements=["{participate} in"], confidence=0.9, fix="safe",
   when=[{"after_regex": r"(?i)(?:the|a|an|this|that|these|those|his|her|their|our|my|its|several|many|all|both|every|each|\d+)\b"}],
   flag=[("The group participated to the conference.", "The group participated in the conference."),
         ("Over 300 firms participate to this fair.", "Over 300 firms participate in this fair.")],
   **{"pass": ["The group participated in the conference.", "Volunteers participated to raise money."]})

calque(key="participate-of",
   langs={"pt": "participar de", "es": "participar de"},
   message="“participate of” copies {lang} “{src}”; English takes part “in” something: “participate in”.",
   phrases=["{participate} of"], replacements=["{participate} in"], confidence=0.85, fix="safe",
   when=[{"after_regex": r"(?i)(?:the|a|an|this|these|several|many|\d+)\s+(?:\w+\s+)?(?:meeting|conference|event|competition|tournament|championship|project|programme|program|survey|study|debate|election|elections|campaign|festival|fair|workshop|course|game|games|match|talks|negotiations|ceremony|protest|protests|march|strike|contest|exhibition|congress|summit|session|seminar|edition|process|research)\b"}],
   flag=[("More than 200 athletes participated of the competition.", "More than 200 athletes participated in the competition.")],
   **{"pass": ["Such a rite participates of the nature of a sacrament.", "They participated in the competition."]})

calque(key="responsible-of",
   langs={"fr": "responsable de", "es": "responsable de", "it": "responsabile di", "pt": "responsável de"},
   message="“responsible of” copies {lang} “{src}”; in English one is responsible “for” something.",
   phrases=["responsible of"], replacements=["responsible for"], confidence=0.9, fix="safe",
   unless={"after_regex": r"(?i)(?:them|him|her|you|us|me)\b"},
   flag=[("He is responsible of the project.", "He is responsible for the project."),
         ("The person responsible of security resigned.", "The person responsible for security resigned.")],
   **{"pass": ["He is responsible for the project.", "That was most responsible of you."]})

calque(key="arrive-to",
   langs={"es": "llegar a", "it": "arrivare a", "pt": "chegar a", "fr": "arriver à", "ru": "приехать в / прибыть в",
          "pl": "przyjechać do"},
   message="“arrive to” a place copies {lang} “{src}”; English arrives “in” a city or country and “at” a building or event.",
   phrases=["{arrive} to"], replacements=["{arrive} in", "{arrive} at"], confidence=0.8,
   when=[{"after_regex": r"(?:[A-Z][a-zà-ÿ]+(?:\s*[.,;]|\s+(?:on|in|at|from|with|by|after|late|early|and|where|to|for|last|yesterday|this)\b)|(?i:the (?:city|airport|station|hotel|scene|capital|country|village|town|port|border|office|house|hospital|school|stadium|destination|summit|venue|island|camp|hall|building|palace|embassy|finish|top|shore|coast|square|centre|center|headquarters))\b)"}],
   unless={"after_regex": r"(?:[A-Z][a-z]+ (?:applause|cheers|news|chaos|silence)|(?:The|A|An|Cheers|Applause|Find|See|Discover|Chaos|Silence|News|Boos|Jeers|Screams|Great)\b)"},
   flag=[("We arrived to Berlin at night.", "We arrived in Berlin at night."),
         ("The delegation arrived to the airport on Monday.", "The delegation arrived in the airport on Monday.")],
   **{"pass": ["We arrived in Berlin at night.", "He arrived to find the house empty.", "She arrived to a standing ovation.",
               "They arrived to cheers from the crowd."]})

calque(key="on-the-street-name",
   langs={"es": "en la calle Mayor", "it": "in via Garibaldi", "pt": "na rua Augusta", "fr": "rue de Rivoli",
          "ru": "на улице Тверской", "pl": "na ulicy Marszałkowskiej"},
   message="“on the street Garibaldi” copies {lang} “{src}”; English puts the name first (“on Garibaldi Street”) or keeps the local name (“on Via Garibaldi”).",
   regex=r"\b(?:on|in|at|along|to|from) the (?:street|avenue|boulevard)\b", case_sensitive=True,
   confidence=0.75,
   when=[{"after_regex": r"[A-Z][a-zà-ÿ]+(?:,|\s+(?:in|on|at|and|where|near|number|no\.|\d))"}],
   unless={"after_regex": r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Last|This|Today|Yesterday|Tonight|Police|Officers|Protesters|Demonstrators|The|A|An|He|She|They|We|I|It|There|Then|Now|Here)\b"},
   flag=["They live on the street Garibaldi in the old town.", "The shop is in the street Augusta, near the square."],
   **{"pass": ["They live on Garibaldi Street.", "Protesters gathered in the street Monday.", "He was on the street Sunday morning."]})

calque(key="suggest-to-do",
   langs={lang: w for lang, w in [("fr", "suggérer de"), ("es", "sugerir"), ("it", "suggerire di"), ("pt", "sugerir"),
                                   ("ru", "предложить"), ("pl", "zasugerować"), ("de", "vorschlagen, zu"), ("nl", "voorstellen om te")]},
   message="“suggest to do” copies {lang} “{src}”; English says “suggest doing” or “suggest that …”.",
   phrases=["{suggest} to"], confidence=0.85,
   when=[{"after_regex": BARE_VERBS + r"\s+(?:the|a|an|this|that|their|his|her|our|its|more|some|new|it|them|up|down|off|out|\w+s\b)"}],
   unless={"after_regex": r"(?i)(?:him|her|them|me|us|you|the (?:board|committee|minister|government|court|jury|police|public|council|president|press|reporters))\b"},
   flag=["The minister suggested to raise the taxes.", "Experts suggest to use a new method."],
   **{"pass": ["The minister suggested raising taxes.", "He suggested to the board that it wait.", "She suggested to reporters that the vote be delayed."]})

calque(key="recommend-to-do",
   langs={lang: w for lang, w in [("fr", "recommander de"), ("es", "recomendar"), ("it", "raccomandare di"), ("pt", "recomendar"),
                                   ("ru", "рекомендовать"), ("pl", "zalecać"), ("de", "empfehlen, zu"), ("nl", "aanbevelen om te")]},
   message="“recommend to do” copies {lang} “{src}”; English says “recommend doing”, “recommend that you do” or “advise you to do”.",
   phrases=["{recommend} to"], replacements=["{advise} you to"], confidence=0.7, corroboration=2,
   description="Non-native technical English has “we recommend to use” too (man pages), so this is on only in a text with two other findings (corroboration = 2).",
   when=[{"before_regex": r"(?i)\b(?:we|I|they|experts|doctors|authorities|the (?:authorities|experts|doctors|ministry|manufacturer|government|police|WHO|agency|company|report)|he|she)\s+(?:(?:strongly|also|therefore|generally|usually|would|always|now|still)\s+)?$",
          "after_regex": BARE_VERBS + r"\b"}],
   unless={"after_regex": r"(?i)(?:him|her|them|me|us|you|the (?:board|committee|minister|government|court|council|president|shareholders|senate|house))\b"},
   flag=[("We recommend to use the latest version.", "We advise you to use the latest version."), ("Doctors recommend to drink more water.", "Doctors advise you to drink more water.")],
   **{"pass": ["We recommend using the latest version.", "The panel recommended to the board that it approve the plan.",
               "It is recommended to restart the server."]})

calque(key="avoid-to-do",
   langs={lang: w for lang, w in [("fr", "éviter de"), ("es", "evitar"), ("it", "evitare di"), ("pt", "evitar"),
                                   ("ru", "избегать"), ("pl", "unikać"), ("de", "vermeiden, zu"), ("nl", "vermijden om te")]},
   message="“avoid to do” copies {lang} “{src}”; English says “avoid doing”.",
   phrases=["{avoid} to"], confidence=0.75, corroboration=2,
   description="Non-native technical English has it too (git and kernel man pages), so this is on only in a text with two other findings (corroboration = 2).",
   when=[{"after_regex": BARE_VERBS + r"\b"}],
   unless={"before_regex": r"(?i)\b(?:be|been|being|is|are|was|were)\s+$"},
   flag=["You should avoid to use this function.", "He avoided to answer the question."],
   **{"pass": ["You should avoid using this function.", "Steps taken to avoid to-do lists."]})

calque(key="risk-to-do",
   langs={lang: w for lang, w in [("fr", "risquer de"), ("es", "arriesgarse a"), ("it", "rischiare di"), ("pt", "arriscar-se a"),
                                   ("ru", "рисковать"), ("pl", "ryzykować"), ("de", "riskieren, zu"), ("nl", "riskeren te")]},
   message="“risk to lose” copies {lang} “{src}”; English says “risk losing” or “could lose”.",
   phrases=["{risk} to"], confidence=0.85,
   when=[{"after_regex": r"(?i)(?:lose|become|fall|miss|fail|destroy|undermine|collapse|die|disappear|end up|go bankrupt|be|pay|face)\b"}],
   unless={"before_regex": r"(?i)\b(?:a|the|no|any|high|low|real|serious|major|biggest|main|greatest|potential|significant|little|great|such|what|this|financial|political|health|security|safety|key|further|new|other)\s*$"},
   flag=["The company risks to lose its licence.", "Farmers risk to go bankrupt."],
   **{"pass": ["The company risks losing its licence.", "There is a risk to life.", "The biggest risk to be managed is fire."]})

calque(key="succeed-to-do",
   langs={"fr": "réussir à", "it": "riuscire a", "es": "lograr", "pt": "conseguir", "ru": "суметь", "pl": "udać się"},
   message="“succeed to do” copies {lang} “{src}”; English says “succeed in doing” or “manage to do”.",
   regex=r"\b(?:succeed|succeeds|succeeded) to\b", confidence=0.85,
   when=[{"after_regex": r"(?:convince|persuade|overcome|secure|attract|reduce|win|reach|obtain|achieve|finish|complete|find|get|make|stop|save|keep|break|beat|escape|raise|sell|open|close|create|build|solve|score|qualify|return|enter|pass|bring|avoid|stabilise|stabilize|recover|restore|negotiate|agree|do|become|be)\b"}],
   unless={"after_regex": r"(?i)(?:the throne|throne|power|office|the title|the crown|the estate|the leadership)\b"},
   flag=["The team succeeded to reach the final.", "We did not succeed to convince them."],
   **{"pass": ["The team succeeded in reaching the final.", "He succeeded to the throne in 1952.", "Valerian led a campaign, succeeding to recover Antioch."]})

calque(key="enjoy-of",
   langs={"es": "disfrutar de", "pt": "desfrutar de", "it": "godere di"},
   message="“enjoy of” copies {lang} “{src}”; English “enjoy” takes a direct object: “enjoy the view”.",
   phrases=["{enjoy} of"], replacements=["{enjoy}"], confidence=0.9, fix="safe",
   flag=[("Visitors can enjoy of the views.", "Visitors can enjoy the views.")],
   **{"pass": ["Visitors can enjoy the views.", "The joy of it all."]})

calque(key="enjoy-to-do",
   langs={lang: w for lang, w in [("fr", "aimer"), ("es", "disfrutar"), ("it", "godersi"), ("pt", "gostar de"), ("de", "genießen, zu"),
                                   ("ru", "наслаждаться"), ("pl", "lubić"), ("nl", "genieten om te")]},
   message="“enjoy to do” copies {lang} “{src}”; English says “enjoy doing”.",
   phrases=["{enjoy} to"], confidence=0.85,
   when=[{"after_regex": BARE_VERBS + r"\b"}],
   flag=["Children enjoy to play outside."],
   **{"pass": ["Children enjoy playing outside.", "Something to enjoy to the full."]})

calque(key="discuss-about",
   langs={lang: w for lang, w in [("fr", "discuter de"), ("es", "discutir sobre"), ("it", "discutere di"), ("pt", "discutir sobre"),
                                   ("ru", "обсуждать"), ("pl", "dyskutować o"), ("de", "diskutieren über"), ("nl", "discussiëren over")]},
   message="“discuss about” copies {lang} “{src}”; English “discuss” takes a direct object: “discuss the plan”.",
   phrases=["{discuss} about"], replacements=["{discuss}"], confidence=0.85, fix="safe",
   flag=[("The ministers discussed about the budget.", "The ministers discussed the budget.")],
   **{"pass": ["The ministers discussed the budget.", "The ministers talked about the budget."]})

calque(key="entered-in-the-room",
   langs={"fr": "entrer dans", "es": "entrar en", "it": "entrare in", "pt": "entrar em", "ru": "войти в", "pl": "wejść do"},
   message="“enter in/to the room” copies {lang} “{src}”; English “enter” takes a direct object: “entered the room”.",
   regex=r"\b(enter|enters|entered|entering) (?:in|to|into) (?:the|a|his|her|their|our) (room|house|building|hall|church|office|shop|store|stadium|classroom|kitchen|bar|restaurant|courtroom|hospital|station|bank|museum|apartment|flat|palace|embassy)\b",
   replacements=["$1 the $2"], confidence=0.8,
   unless={"before_regex": r"(?i)\b(?:data|details|name|names|figures|numbers|results|scores|values)\s+(?:\w+\s+)?$"},
   flag=[("He entered in the room without knocking.", "He entered the room without knocking.")],
   **{"pass": ["He entered the room without knocking.", "They entered into talks.", "The data were entered in the office database."]})

calque(key="answered-to-the-question",
   langs={"fr": "répondre à", "es": "responder a", "it": "rispondere a", "pt": "responder a", "ru": "ответить на", "pl": "odpowiedzieć na"},
   message="“answer to/on the question” copies {lang} “{src}”; the verb “answer” takes a direct object: “answered the question” (or “replied to”).",
   regex=r"\b(answered|answering|(?:not|to|n't|will|would|could|should|must|did|can|cannot|refuse to|refused to|failed to) answer) (?:to|on) (the|this|that|these|his|her|their|our|my|your|a|all|several) ((?:\w+ )?(?:questions?|letters?|emails?|e-mails?|calls?|requests?|criticism|accusations?|journalists?|reporters?|message|messages|critics|survey|questionnaire))\b",
   replacements=["$1 $2 $3"], confidence=0.85,
   unless={"before_regex": r"(?i)\b(?:the|an|no|short|simple|clear|easy|an?\s+\w+|my|his|her|their|our|your|its)\s*$"},
   flag=[("The minister answered to the question in detail.", "The minister answered the question in detail."),
         ("She did not answer on the letters.", "She did not answer the letters.")],
   **{"pass": ["The answer to the question is no.", "There is no easy answer to the question.", "He answered to the name of Rex."]})

calque(key="listen-music",
   langs={lang: w for lang, w in [("fr", "écouter"), ("es", "escuchar"), ("it", "ascoltare"), ("pt", "ouvir"),
                                   ("ru", "слушать"), ("pl", "słuchać"), ("de", "Musik hören"), ("nl", "luisteren naar")]},
   message="“listen music” copies {lang} “{src}”; in English you listen “to” something.",
   case_sensitive=True,
   regex=r"\b([Ll]isten|[Ll]istens|[Ll]istened|[Ll]istening) (the|this|that|his|her|their|our|my|your|music|songs?|radio|podcasts?|jazz|classical|rock)\b",
   replacements=["$1 to $2"], confidence=0.9, fix="safe",
   flag=[("I like to listen music in the car.", "I like to listen to music in the car."),
         ("We listened the speech on the radio.", "We listened to the speech on the radio.")],
   **{"pass": ["I like to listen to music.", "Listen, the door is open."]})

calque(key="wait-the-bus",
   langs={"fr": "attendre", "es": "esperar", "it": "aspettare", "pt": "esperar", "ru": "ждать", "pl": "czekać na"},
   message="“wait the bus” copies {lang} “{src}”; in English you wait “for” something (or “await” it).",
   regex=r"\b(wait|waits|waited|waiting) (the|a|his|her|my|our|their|your) (next |final |official )?(bus|train|plane|flight|taxi|results?|answer|decision|arrival|verdict|response|reply|doctor|ambulance|police)\b",
   replacements=["$1 for $2 $3$4"], confidence=0.85, fix="safe",
   flag=[("We waited the bus for an hour.", "We waited for the bus for an hour."),
         ("They are waiting the results of the vote.", "They are waiting for the results of the vote.")],
   **{"pass": ["We waited for the bus.", "He waits tables at a café."]})

calque(key="have-reason",
   langs={"fr": "avoir raison", "es": "tener razón", "it": "avere ragione", "pt": "ter razão"},
   message="“you have reason” copies {lang} “{src}”; English says “you are right”.",
   regex=r"\b(?:you|he|she|they|we|I) (?:have|has|had) (?:completely |absolutely |totally )?reason\b",
   confidence=0.85,
   when=[{"after_regex": r"(?:[.;!?]|$|,\s*(?i:I|you|he|she|we|they|it|this|that|but|and)\b|(?i:and|but|when|about|in (?:saying|this|that|what))\b)"}],
   flag=["You have reason, I was wrong.", "I think she has reason when she says that."],
   **{"pass": ["You have reason to be angry.", "I have reason to believe he lied.", "They had reason, in law, to act."]})

calque(key="give-a-look",
   langs={"it": "dare un'occhiata", "pt": "dar uma olhada", "es": "dar un vistazo"},
   message="“give a look at” copies {lang} “{src}”; English says “take/have a look at”.",
   phrases=["{give} a look at", "{give} a quick look at"], replacements=["{take} a look at"], confidence=0.75,
   corroboration=2,
   flag=[("Give a look at the report before the meeting.", "Take a look at the report before the meeting.")],
   **{"pass": ["Take a look at the report.", "She gave him a look."]})

calque(key="lacks-of",
   langs={"fr": "manquer de", "it": "mancare di", "es": "carecer de", "pt": "carecer de", "ru": "не хватает", "pl": "brakuje"},
   message="The verb “lack” takes a direct object (“it lacks money”); “lacks of” copies {lang} “{src}”.",
   regex=r"\b(lacks|lacked) of\b", replacements=["$1"], confidence=0.85, fix="safe",
   unless={"before_regex": r"(?i)\b(?:the|its|their|his|her|our|these|those|many|main|two|three|of|serious|such|obvious|glaring)\s*$"},
   flag=[("The country lacks of doctors.", "The country lacks doctors.")],
   **{"pass": ["The country lacks doctors.", "The lack of doctors is a problem."]})

calque(key="since-when-present",
   langs={"de": "seit wann", "fr": "depuis quand", "es": "desde cuándo", "it": "da quando", "pt": "desde quando",
          "ru": "с каких пор", "pl": "od kiedy", "nl": "sinds wanneer"},
   message="“Since when do you live here?” copies {lang} “{src}” with a present tense; English asks “How long have you lived here?”.",
   regex=r"\b[Ss]ince when (?:do|does) (?:you|he|she|they|we|it|your \w+) (?:live|work|know|study|play|wait|learn|teach|stay|exist|run|operate)\b",
   confidence=0.8,
   flag=["Since when do you live in Berlin?"],
   **{"pass": ["Since when do you care about football?", "How long have you lived in Berlin?"]})

calque(key="how-is-it-called",
   langs={"de": "wie heißt das", "fr": "comment ça s'appelle", "es": "cómo se llama", "it": "come si chiama",
          "pt": "como se chama", "ru": "как это называется", "pl": "jak to się nazywa", "nl": "hoe heet dat"},
   message="“How is it called?” copies {lang} “{src}”; English asks “What is it called?” or “What do you call it?”.",
   regex=r"\b([Hh]ow) (?:is|was|are|were) (?:it|this|that|he|she|they|your (?:dog|cat|son|daughter|city|town|village|company|band|book|film|shop|brother|sister)) called\b|\b([Hh]ow) (?:do|did) (?:you|they|we|people) call (?:this|that|it|him|her|them)",
   confidence=0.8,
   when=[{"after_regex": r"(?:\?|(?i:in (?:English|French|German|Spanish|Italian|Russian|Polish|Dutch|Portuguese|your language))\b)"}],
   flag=["How is it called in English?", "How is your dog called?"],
   **{"pass": ["What is it called in English?", "How is this function called?", "How do you call a method in Python?"]})

calque(key="the-most-part-of",
   langs={"fr": "la plupart des", "es": "la mayor parte de", "it": "la maggior parte di", "pt": "a maior parte de",
          "ru": "большая часть", "pl": "większa część", "de": "der größte Teil", "nl": "het grootste deel"},
   message="“the most part of” copies {lang} “{src}”; English says “most of” (only “for the most part” is idiomatic).",
   regex=r"\b(?:[Tt]he|[Aa]) most part of\b", replacements=["most of"], confidence=0.9, fix="safe",
   unless={"before_regex": r"(?i)\bfor\s*$"},
   flag=[("The most part of the workers agreed.", "Most of the workers agreed."),
         ("He spent the most part of his life abroad.", "He spent most of his life abroad.")],
   **{"pass": ["For the most part of the year, the pass is closed.", "Most of the workers agreed.", "For the most part, they agreed."]})

TITLE_VERBS = r"(?:said|says|announced|told|met|visited|stated|declared|warned|called|stressed|added|insisted|explained|promised|signed|received|welcomed|opened|criticised|criticized|spoke|will|has|had|is|was|wants|arrived|travelled|traveled)\b"
calque(key="the-title-name",
   langs={"de": "der Kanzler Merz", "fr": "le président Macron", "es": "el presidente Sánchez", "it": "il presidente Mattarella",
          "pt": "o presidente Lula", "nl": "de premier Schoof"},
   message="“the Chancellor Merz” copies the article of {lang} “{src}”; in English a title before a name takes no article: “Chancellor Merz”.",
   regex=r"\b[Tt]he (?:[Ff]ederal |[Ff]rench |[Ss]panish |[Ii]talian |[Gg]erman |[Bb]razilian |[Pp]ortuguese |[Dd]utch |[Ff]ormer |[Ff]oreign |[Ii]nterior |[Ee]conomy |[Ff]inance |[Hh]ealth |[Ee]ducation |[Pp]rime )?(?:Chancellor|President|Minister|Mayor|Professor|Pope|chancellor|president|minister|mayor|professor|pope)\b",
   case_sensitive=True, replacements=[], confidence=0.7, corroboration=2,
   when=[{"after_regex": r"[A-Z][a-zà-ÿ]+ (?:[A-Z][a-zà-ÿ]+ )?" + TITLE_VERBS}],
   unless={"after_regex": r"(?:General|Hotel|Theatre|Theater|College|School|Building|House|Palace|Office|Street|Avenue|Award|Prize|Administration|Government|Cabinet|Council|Emeritus|Elect|Pro|Designate)\b"},
   flag=["The Chancellor Merz said on Monday that taxes would fall.", "The president Macron visited Berlin."],
   **{"pass": ["Chancellor Merz said on Monday that taxes would fall.", "The President Hotel was closed.",
               "The Minister Designate said nothing."]})

calque(key="professor-doctor",
   langs={"de": "Prof. Dr.", "nl": "prof. dr.", "pl": "prof. dr hab."},
   message="“Professor Dr. Müller” copies the stacked {lang} titles “{src}”; English uses one title: “Professor Müller”.",
   regex=r"\b(?:[Tt]he )?(Professor|Prof\.) (?:Dr\.?|Doctor|dr) ([A-Z][\w-]+)", case_sensitive=True,
   replacements=["$1 $2"], confidence=0.8,
   flag=[("The study was led by the Professor Dr. Müller.", "The study was led by Professor Müller.")],
   **{"pass": ["The study was led by Professor Müller.", "The study was led by Dr Müller."]})

calque(key="mayoress-mayor",
   langs={"es": "alcaldesa", "it": "sindaca", "pt": "prefeita / presidente da câmara", "fr": "la maire", "ru": "мэр",
          "pl": "burmistrzyni"},
   message="{lang} “{src}” is a woman who is mayor; in English she is the “mayor” (a “mayoress” is a mayor's wife or consort).",
   phrases=["<mayoress>"], replacements=["<mayor>"], confidence=0.8,
   unless={"before_regex": r"(?i)\b(?:lady|lord|and|the mayor and)\s*$"},
   when=[{"after_regex": r"(?i)(?:of\s+[A-Z]\w+|[A-Z][a-zà-ÿ]+\s+[A-Z]\w+|,\s*[A-Z]\w+\s+[A-Z]\w+|(?:said|announced|told|stated|declared|opened|signed|met|inaugurated|presented|defended|criticised|criticized|promised|warned)\b)"}],
   flag=[("The mayoress of Barcelona opened the fair.", "The mayor of Barcelona opened the fair."),
         ("The mayoress Anne Hidalgo announced new bike lanes.", "The mayor Anne Hidalgo announced new bike lanes.")],
   **{"pass": ["The Lady Mayoress of London opened the fair.", "The mayor and mayoress of Bath attended."]})

calque(key="minister-of-exterior",
   langs={"es": "ministro de Exteriores", "pt": "ministro dos Negócios Estrangeiros / das Relações Exteriores", "it": "ministro degli Esteri",
          "fr": "ministre des Affaires étrangères"},
   message="“Minister of Exterior/Foreign” copies {lang} “{src}”; English says “Foreign Minister” (“Foreign Secretary” in the UK).",
   regex=r"\b(Minist(?:er|ry)) of (?:the )?(?:Exterior|Exteriors|Externals|Foreign|Abroad)\b",
   replacements=["Foreign $1"], confidence=0.85,
   unless={"after_regex": r"(?i)(?:Affairs|Relations|Trade|Economic|Commerce|Cooperation|Policy|Investment)\b"},
   flag=[("The Minister of Exterior met his counterpart.", "The Foreign Minister met his counterpart.")],
   **{"pass": ["The Minister of Foreign Affairs met his counterpart.", "The Foreign Minister met his counterpart."]})

calque(key="at-8-hours",
   langs={"fr": "à 8 heures", "es": "a las 8 horas", "pt": "às 8 horas", "it": "alle ore 8", "ru": "в 8 часов", "pl": "o godzinie 8"},
   message="“at 8 hours” copies {lang} “{src}”; English gives clock times as “at 8 o'clock”, “at 8 a.m.” or “at 08:00”.",
   regex=r"\bat ([01]?\d|2[0-3]) hours? (?:and )?([0-5]\d)(?: minutes)?\b|\bat ([01]?\d|2[0-3]) hours\b",
   confidence=0.8,
   when=[{"after_regex": r"(?:[.,;]|$|(?i:in the (?:morning|evening|afternoon)|sharp|local time|on " + DAYS + r"|(?:this|tomorrow|yesterday) (?:morning|evening)|today|tomorrow|yesterday|tonight)\b)"},
         {"before_regex": r"(?i)\b(?:begins?|began|starts?|started|opens?|opened|closes?|closed|ends?|ended|meet|met|arrive|arrived|leave|left|scheduled|planned|set|took place|takes place|will take place|is held|was held|will be held|landed|departed|departs|kicks? off|kicked off)\s*$"}],
   unless={"after_regex": r"(?i)(?:after|before|later|earlier|ahead|of|notice|per|a day|post|into)\b"},
   flag=["The meeting began at 9 hours in the morning.", "The train leaves at 17 hours 30."],
   **{"pass": ["The meeting began at 9 o'clock.", "Samples were taken at 24 hours after dosing.", "He worked at 80 hours a week."]})

calque(key="the-90s-years",
   langs={"ru": "в 90-е годы", "pl": "w latach 90.", "it": "negli anni '90", "es": "en los años 90", "pt": "nos anos 90",
          "fr": "dans les années 90"},
   message="“the 90s years” / “the years 90” copies {lang} “{src}”; English says “the 1990s” or “the '90s”.",
   regex=r"\b(?:the )?'?((?:1[89])?\d0)(?:-?ies|-?s|'s|-e|-th|-ies) years\b|\bthe years '?(\d0)\b",
   confidence=0.85,
   unless={"after_regex": r"(?:\s*(?:to|and|-|–|BC|AD|B\.C|A\.D|CE|BCE|of|old|ago|later|earlier|before|after)\b|\s*[-–])"},
   flag=["In the 90-ies years the factory closed.", "It was a hit in the years 80."],
   **{"pass": ["In the 1990s the factory closed.", "In the years 60 to 70 AD the city grew.", "The years 1939 to 1945."]})

calque(key="a-50-percent-of",
   langs={"es": "un 50 % de", "pt": "uns 50 % de", "it": "un 50 % di"},
   message="“a 50% of” copies the article of {lang} “{src}”; English says “50% of”.",
   regex=r"\ba (\d+(?:[.,]\d+)? ?(?:%|per ?cent|percent)) of\b", replacements=["$1 of"], confidence=0.85, fix="safe",
   flag=[("Unemployment affects a 20% of young people.", "Unemployment affects 20% of young people.")],
   **{"pass": ["Unemployment affects 20% of young people.", "A 20% rise of prices is forecast."]})

calque(key="increased-on-5-percent",
   langs={"ru": "вырос на 5 %", "pl": "wzrósł o 5 %", "es": "aumentó en un 5 %", "pt": "aumentou em 5 %", "it": "è aumentato del 5 %"},
   message="A change by an amount is “by” in English (“rose by 5%”); “on/in 5%” copies {lang} “{src}”.",
   regex=r"\b(?:(increased|increases|increasing|rose|rises|risen|rising|grew|grows|grown|growing|fell|falls|fallen|falling|decreased|decreases|decreasing|dropped|drops|dropping|reduced|reduces|reducing|declined|declines|declining|jumped|climbed|went up|went down|raised|raises|lowered|lowers) (?:on|in)|(increase|rise|grow|fall|decrease|drop|reduce|decline|cut|raise|lower) on) (?:a |an |about |around |some )?(\d+(?:[.,]\d+)? ?(?:%|per ?cent|percent|percentage points?))",
   replacements=["$1$2 by $3"], confidence=0.85, fix="safe",
   flag=[("Prices increased on 5% last year.", "Prices increased by 5% last year."),
         ("Sales fell in a 12% in March.", "Sales fell by 12% in March.")],
   **{"pass": ["Prices increased by 5% last year.", "The rate was cut in 2019.", "A fall of 5% was expected."]})

calque(key="in-2-times",
   langs={"ru": "в 2 раза"},
   message="“in 2 times” copies Russian “в 2 раза”; English says “twice as …”, “doubled” or “by a factor of 2”.",
   regex=r"\bin (\d+(?:[.,]\d+)?|two|three|four|five|six|ten|several|many|a few|one and a half) times\b",
   confidence=0.85,
   when=[{"before_regex": r"(?i)\b(?:(?:more|less) \w+|increased?|grew|grown|rose|risen|more|less|fewer|higher|lower|bigger|smaller|cheaper|faster|slower|fell|fallen|decreased|reduced|exceeds?|exceeded|larger|greater|dropped|doubled|multiplied|longer|shorter|stronger|weaker|better|worse)\s*$"}],
   flag=["Prices increased in 3 times.", "The new engine is more powerful in two times."],
   **{"pass": ["Prices tripled.", "He did it in three times the time."]})

calque(key="in-the-night-of-day",
   langs={lang: w for lang, w in [("fr", "dans la nuit de lundi"), ("es", "en la noche del lunes"), ("it", "nella notte di lunedì"),
                                   ("pt", "na noite de segunda"), ("de", "in der Nacht zum Montag"), ("ru", "в ночь на понедельник"),
                                   ("pl", "w nocy z niedzieli na poniedziałek"), ("nl", "in de nacht van maandag")]},
   message="“in the night of Monday” copies {lang} “{src}”; English says “on Monday night” or “on the night of 3 May”.",
   regex=r"\b[Ii]n the (night|morning|afternoon|evening) (?:of|from|to) ((?:the )?" + DAYS + r"|yesterday|today)\b",
   replacements=["on the $1 of $2"], confidence=0.8,
   flag=[("The attack happened in the night of Monday.", "The attack happened on the night of Monday."),
         ("In the morning of Sunday the polls opened.", "On the morning of Sunday the polls opened.")],
   **{"pass": ["The attack happened on the night of 3 May.", "In the morning, the polls opened.", "In the night of the long knives.", "At 2 o'clock in the night of 24 October, tanks entered Budapest."]})

calque(key="make-attention",
   langs={"fr": "faire attention", "it": "fare attenzione", "es": "poner atención", "pt": "prestar atenção", "ru": "обратить внимание", "pl": "zwrócić uwagę"},
   message="“make attention” copies {lang} “{src}”; English says “pay attention” (or “be careful”).",
   phrases=["{make} attention", "{do} attention"], replacements=["{pay} attention"], confidence=0.9, fix="safe",
   unless={"after_regex": r"(?i)(?:easier|harder|possible|impossible|difficult|more|less|better|worse|a|an|the|span|spans|deficit|deficits|economy|economies|grabbing|seeking)\b"},
   flag=[("You must make attention to the traffic.", "You must pay attention to the traffic.")],
   **{"pass": ["You must pay attention to the traffic.", "It will make attention easier."]})

calque(key="had-place",
   langs={"ru": "имело место", "pl": "miało miejsce", "fr": "avoir lieu"},
   message="“has place” copies {lang} “{src}”; English says an event “takes place”.",
   regex=r"\b(has|have|had|will have|has had) place\b", confidence=0.85,
   when=[{"before_regex": r"(?i)\b(?:meeting|conference|event|incident|accident|attack|election|elections|ceremony|talks|summit|discussion|negotiations|festival|concert|match|visit|explosion|fire|crash|protest|demonstration|it|which|that)\s+(?:also\s+|already\s+)?$",
          "after_regex": r"(?:[.,;]|$|(?i:in|on|at|yesterday|last|today|during|between|near|since|after|before|recently)\b)"}],
   unless={"after_regex": r"(?i)(?:in (?:the|a|our|my|his|her|their) (?:team|squad|heart|hearts|history|world|home|society|life|lives|scheme))\b"},
   flag=["The meeting had place in Warsaw last week.", "The incident has place on Monday."],
   **{"pass": ["The meeting took place in Warsaw.", "This view has no place in politics.", "It has place for six people."]})

calque(key="from-my-part",
   langs={"fr": "de ma part", "it": "da parte mia", "es": "de mi parte", "pt": "da minha parte", "ru": "с моей стороны", "pl": "z mojej strony"},
   message="“from my part” copies {lang} “{src}”; English says “on my part” or “for my part”.",
   regex=r"\b([Ff])rom (my|our|his|her|their|your) part\b", replacements=["on $2 part"], confidence=0.85,
   flag=[("There was no mistake from my part.", "There was no mistake on my part.")],
   **{"pass": ["There was no mistake on my part.", "For my part, I agree."]})

calque(key="in-what-concerns",
   langs={"fr": "en ce qui concerne", "es": "en lo que concierne", "pt": "no que concerne", "it": "per quanto riguarda"},
   message="“in/for what concerns” copies {lang} “{src}”; English says “as regards”, “as for” or “regarding”.",
   regex=r"\b(?:[Ii]n|[Ff]or) (?:what|how much|which) (?:concerns|regards|respects)\b", replacements=["As regards"], confidence=0.85,
   when=[{"after_regex": r"(?i)(?:the|his|her|their|our|my|your|this|that|these|those)\s+\w+(?:\s+\w+){0,4}\s*,"}],
   flag=[("In what concerns the budget, nothing changes.", "As regards the budget, nothing changes.")],
   **{"pass": ["As regards the budget, nothing changes.", "He was interested in what concerns voters."]},
   unless={"before_regex": r"(?i)\b(?:interested|interest|involved|engaged|invest|invested|share|shared|believe|participate|lies|lie|differ|differs)\s*$"})

calque(key="under-the-form-of",
   langs={"fr": "sous forme de", "es": "bajo la forma de", "it": "sotto forma di", "pt": "sob a forma de"},
   message="“under the form of” copies {lang} “{src}”; English says “in the form of”.",
   regex=r"\b[Uu]nder the form of\b", replacements=["in the form of"], confidence=0.7, fix="safe", corroboration=2,
   description="Clean technical English written by French authors has “under the form of” too (Debian handbook, Python docs), so this is on only in a text with two other findings (corroboration = 2).",
   flag=[("Aid arrives under the form of loans.", "Aid arrives in the form of loans.")],
   **{"pass": ["Aid arrives in the form of loans.", "It falls under the forms of tax listed."]})

calque(key="in-the-aim-of",
   langs={"fr": "dans le but de", "es": "con el fin de", "it": "allo scopo di", "pt": "com o objetivo de"},
   message="“in the aim of” copies {lang} “{src}”; English says “with the aim of” or “in order to”.",
   regex=r"\b([Ii])n the (aim|goal|objective) (of|to)\b", replacements=["with the $2 $3"], confidence=0.8,
   when=[{"before_regex": r"(?:^|[.,;:!?)]|\b(?:and|but)|\n)\s*$"}],
   flag=[("The law was changed, in the aim of reducing costs.", "The law was changed, with the aim of reducing costs.")],
   **{"pass": ["He saw a flaw in the aim of the project.", "The law was changed with the aim of reducing costs."]})

calque(key="a-travel-to",
   langs={"es": "un viaje a", "it": "un viaggio a", "pt": "uma viagem a", "fr": "un voyage à", "de": "eine Reise nach",
          "ru": "путешествие в", "pl": "podróż do", "nl": "een reis naar"},
   message="“a travel to” copies {lang} “{src}”; the English noun is “a trip/journey to” (“travel” is uncountable).",
   regex=r"\b(?:a|one|the|his|her|my|our|their|this|that|every) (?:long |short |business |first |last |recent |\d+-day |week-long )?travel (?:to|through|around|across) ",
   replacements=[], confidence=0.8,
   unless={"after_regex": r"(?i)(?:and|or)\b"},
   flag=["They made a travel to Japan last year.", "His first travel to Africa changed him."],
   **{"pass": ["They made a trip to Japan.", "The travel to and from work is tiring.", "Free travel to school is offered."]})

calque(key="go-with-the-train",
   langs={"de": "mit dem Zug fahren", "nl": "met de trein gaan", "pl": "jechać pociągiem"},
   message="“go with the train” copies {lang} “{src}”; English says “go by train” or “take the train”.",
   regex=r"\b(go|goes|went|going|gone|travel|travels|travelled|traveled|travelling|traveling|drive|drives|drove|driving) with the (train|bus|tram|metro|subway|plane|ferry|underground|car|bike|bicycle)\b",
   replacements=["$1 by $2"], confidence=0.8,
   when=[{"after_regex": r"(?:[.,;]|$|(?i:to|from|into|every|each|because|and|but|or|today|instead|via)\b)"}],
   flag=[("We went with the train to Hamburg.", "We went by train to Hamburg.")],
   **{"pass": ["We went by train to Hamburg.", "We went with the blue car.", "She went with the bus driver to the police."]})

calque(key="on-the-meeting",
   langs={"ru": "на встрече", "pl": "na spotkaniu"},
   message="“on the meeting” copies {lang} “{src}”; English is “at” an event: “at the meeting”.",
   regex=r"\bon (the|a|this|that|their|our|his|her|yesterday's|today's) (meeting|conference|concert|party|lecture|seminar|summit|exhibition|festival|wedding|funeral|session|forum|congress|briefing|press conference)\b",
   replacements=["at $1 $2"], confidence=0.8,
   when=[{"before_regex": r"(?i)\b(?:was|were|is|are|be|been|spoke|speaking|met|present|arrived|appeared|performed|played|sang|danced|participants|guests|everyone|people|delegates|announced|said|stated|declared|presented|discussed|agreed)\s*$",
          "after_regex": r"(?:[.,;]|$|(?i:in|on|at|with|and|last|yesterday|the|we|he|she|they|where|which|there|about|of)\b)"}],
   unless={"after_regex": r"(?i)(?:call|calls|agenda|table|schedule|minutes|record|website|programme|program|plan|plans|date|dates)\b"},
   flag=[("He spoke on the conference in Warsaw.", "He spoke at the conference in Warsaw."),
         ("He was on the meeting yesterday.", "He was at the meeting yesterday.")],
   **{"pass": ["He spoke at the conference.", "The report on the meeting was published.", "She was on the conference call."]})

calque(key="on-the-example-of",
   langs={"ru": "на примере", "pl": "na przykładzie"},
   message="“on the example of” copies {lang} “{src}”; English says “using the example of” or “taking … as an example”.",
   regex=r"\b([Oo])n the example of\b", replacements=["using the example of"], confidence=0.8,
   unless={"before_regex": r"(?i)\b(?:based|modelled|modeled|built|drawing|draw|drew|focus|focused|focuses|rely|relied|relies|comment|commented|relying|depends?|insisted|insists|reflect|reflected|elaborate|improve|improved|build|builds|expand|expanded)\s*$"},
   flag=[("On the example of Poland, we show how reforms work.", "Using the example of Poland, we show how reforms work.")],
   **{"pass": ["The plan was based on the example of Poland.", "Using the example of Poland, we show how reforms work."]})

calque(key="in-the-weekend",
   langs={"nl": "in het weekend", "pl": "w weekend", "ru": "в выходные"},
   message="“in the weekend” copies {lang} “{src}”; English says “at the weekend” (British) or “on the weekend” (American).",
   regex=r"\b([Ii])n the weekend\b", replacements=["at the weekend", "on the weekend"], confidence=0.8,
   unless={"after_regex": r"(?i)(?:'s|’s|edition|papers?|issue|magazine|supplement|section|newspapers?|update|traffic|before|of|leading|ahead|rush)\b"},
   flag=[("The shop is closed in the weekend.", "The shop is closed at the weekend.")],
   **{"pass": ["The shop is closed at the weekend.", "The story appeared in the weekend edition."]})

calque(key="the-city-name",
   langs={"ru": "в городе Москве", "pl": "w mieście Warszawa"},
   message="“the city Moscow” copies {lang} “{src}”; English says “the city of Moscow” or just “Moscow”.",
   regex=r"\b(the (?:city|town|village|region))\b", case_sensitive=True,
   replacements=["$1 of"], confidence=0.7, corroboration=2,
   when=[{"before_regex": r"(?i)\b(?:in|to|from|near|of|at|for|visited|around|outside)\s*$",
          "after_regex": r"[A-Z][a-zà-ÿ]+ (?:[A-Z][a-zà-ÿ]+ )?(?:[.,;]|$|(?:and|in|on|at|where|was|is|has|last|from|to)\b)"}],
   unless={"after_regex": r"(?:Council|Hall|Centre|Center|Manager|Clerk|Attorney|Police|Government|Administration|Limits|Library|Museum|Square|Assembly|Hospital|Court|Commission|Board|Treasurer|Editor|Planning|Desk|College|University|Officials|Marshal|Fathers|Hall|Engineer|Solicitor|Council's|Green|Bank|Street|Club|Press|Journal|Times|News|Post|Herald|Record|Planning|Health|Commissioner|Comptroller|Auditor|Recorder|Fire|Water|Housing|Budget|Charter|Code|Chamber|Court|Bridge|Cemetery|Park|Zoo|Museum|Theater|Theatre|Dump|Jail|Prison|School|Schools|Ordinance|Line|Limits|Gate|Gates|Wall|Walls|Centre|Center|Champion|Champions|Hotel|Inn|Church|Clerk|Judge|Hospital|Library|Directory|Administrator|Treasurer)\b"},
   flag=[("He was born in the city Kursk in 1950.", "He was born in the city of Kursk in 1950.")],
   **{"pass": ["He was born in the city of Kursk.", "He works in the city Treasurer's office.", "They met at the city Hall."]})

calque(key="the-herr-frau",
   langs={"de": "Herr / Frau"},
   message="“the Herr/Frau Schmidt” copies German “Herr/Frau”; English writes “Mr Schmidt” / “Ms Schmidt”.",
   regex=r"\b[Tt]he (Herr|Herrn|Frau) ([A-Z][a-zäöüß]+)\b", case_sensitive=True,
   confidence=0.8,
   unless={"after_regex": r"(?:Doktor|Professor|Direktor)\b"},
   flag=["The talks were led by the Frau Schmidt."],
   **{"pass": ["The talks were led by Ms Schmidt."]})

calque(key="make-a-party",
   langs={"es": "hacer una fiesta", "it": "fare una festa", "pt": "fazer uma festa", "de": "eine Party machen", "nl": "een feest maken"},
   message="“make a party” copies {lang} “{src}”; English says “have/throw a party”.",
   phrases=["{make} a party", "{make} a big party", "{make} a birthday party"], replacements=["{have} a party", "{throw} a party"],
   confidence=0.75, corroboration=2,
   when=[{"after_regex": r"(?:[.,;!]|$|(?i:for|at|in|on|tonight|tomorrow|next|this|with|and)\b)"}],
   unless={"after_regex": r"(?i)(?:to|of)\b"},
   flag=[("We will make a party for her birthday.", "We will have a party for her birthday.")],
   **{"pass": ["We will have a party for her birthday.", "They made a party of six for dinner.", "It made a party to the contract."]})

calque(key="ignore-whether",
   langs={"fr": "ignorer si", "es": "ignorar si", "it": "ignorare se", "pt": "ignorar se"},
   message="{lang} “{src}” means “not know whether”; English “ignore” means “take no notice of”.",
   regex=r"\b(?:I|we|he|she|they|[Pp]olice|[Ii]nvestigators|[Aa]uthorities) (?:still )?(ignore|ignores|ignored) (?:whether|if (?:he|she|it|they|the))\b",
   confidence=0.75,
   flag=["We still ignore whether the victim was alone.", "Investigators ignore if the fire was arson."],
   **{"pass": ["We still do not know whether the victim was alone.", "They ignored the warnings."]})

calque(key="in-the-next-days",
   langs={lang: w for lang, w in [("de", "in den nächsten Tagen"), ("fr", "dans les prochains jours"), ("es", "en los próximos días"),
                                   ("it", "nei prossimi giorni"), ("pt", "nos próximos dias"), ("ru", "в ближайшие дни"),
                                   ("pl", "w najbliższych dniach"), ("nl", "in de komende dagen")]},
   message="“in the next days” copies {lang} “{src}”; English says “in the coming days” or “in the next few days”.",
   regex=r"\b([Ii])n the next (days|weeks|months)\b", replacements=["in the coming $2", "in the next few $2"],
   confidence=0.6, severity="info", corroboration=2,
   flag=[("A decision is expected in the next days.", "A decision is expected in the coming days.")],
   **{"pass": ["A decision is expected in the next few days.", "A decision is expected in the coming days."]})

calque(key="is-years-age",
   langs={"ru": "ему 30 лет", "pl": "ma 30 lat", "de": "er ist 30 Jahre"},
   message="An age is “30 years old” or just “30”; “he is 30 years” copies {lang} “{src}”.",
   regex=r"\b((?:he|she|I|He|She|you|You) (?:is|was|am|are|were|'s|'m) (?:\d{1,3}|[a-z]+-[a-z]+|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety) years)\b",
   replacements=["$1 old"], confidence=0.7, corroboration=2,
   when=[{"after_regex": r"(?:[.,;!?]|$|(?i:and (?:he|she|I|lives|works|has|is)|but)\b)"}],
   flag=[("She is 30 years and lives in Kyiv.", "She is 30 years old and lives in Kyiv.")],
   **{"pass": ["She is 30 years old.", "She was 30 years in the army.", "He is five years older."]})

# ------------------------------------------------------------------ general calques (mt2), part 2

calque(key="let-me-to",
   langs={lang: w for lang, w in [("fr", "laisse-moi"), ("es", "déjame"), ("it", "lasciami"), ("pt", "deixa-me"),
                                   ("ru", "позволь мне"), ("pl", "pozwól mi"), ("de", "lass mich"), ("nl", "laat me")]},
   message="After “let” English uses the bare infinitive: “let me go”, not “let me to go” ({lang} “{src}”).",
   regex=r"\b(let|lets|letting) (me|him|her|us|them) to (" + BARE_VERBS[3:-1] + r")\b",
   replacements=["$1 $2 $3"], confidence=0.9, fix="safe",
   flag=[("He let me to go home early.", "He let me go home early.")],
   **{"pass": ["He let me go home early.", "She let them to the car park.", "They let us to the door."]})

calque(key="make-me-to",
   langs={lang: w for lang, w in [("fr", "me faire rire"), ("es", "hacerme reír"), ("it", "farmi ridere"), ("pt", "fazer-me rir"),
                                   ("ru", "заставить меня"), ("pl", "zmusić mnie"), ("de", "mich zum Lachen bringen"), ("nl", "me laten lachen")]},
   message="Active “make someone do” takes the bare infinitive: “made me laugh”, not “made me to laugh” ({lang} “{src}”).",
   regex=r"\b(make|makes|made|making) (me|him|her|us|them|you|people|everyone|everybody) to (laugh|cry|feel|think|believe|realise|realize|understand|wait|leave|go|work|change|stop|look|want|smile|wonder|reconsider|doubt|lose|pay|accept|sign|fall|come|return|resign|apologise|apologize|sleep|buy|sell|do)\b",
   replacements=["$1 $2 $3"], confidence=0.9, fix="safe",
   flag=[("The film made me to cry.", "The film made me cry.")],
   **{"pass": ["The film made me cry.", "He was made to wait.", "They made it to the final."]})

calque(key="it-allows-to",
   langs={lang: w for lang, w in [("fr", "cela permet de"), ("es", "permite"), ("it", "permette di"), ("pt", "permite"),
                                   ("ru", "позволяет"), ("pl", "pozwala"), ("de", "ermöglicht es, zu"), ("nl", "maakt het mogelijk om")]},
   message="“it allows to do” copies {lang} “{src}”; English “allow/permit/enable” needs an object: “allows us to do”, “makes it possible to do”.",
   phrases=["{allow} to", "{permit} to", "{enable} to"], replacements=["{make} it possible to"], confidence=0.7, corroboration=2,
   description="Technical English written by non-native authors keeps “allows to” (Debian handbook, Python docs), so this is on only in a text with two other findings (corroboration = 2).",
   when=[{"before_regex": r"(?i)\b(?:it|which|this|that|what|the (?:\w+ ){0,2}(?:method|system|law|tool|software|program|programme|approach|technology|rule|agreement|measure|project|reform|platform|app|application|device|process|technique|function|option|feature|solution|model|framework|procedure|mechanism|module|library|interface|strategy|plan|study|analysis|test))\s+(?:(?:also|thus|therefore|would|will|should|could|can|may|might|only|not|does not|doesn't|did not|didn't|already|finally)\s+)?$",
          "after_regex": BARE_VERBS + r"\b"}],
   unless={"before_regex": r"(?i)\b(?:is|are|was|were|be|been|being|'s|'re|get|gets|got|feel|felt)\s+(?:\w+\s+)?$"},
   flag=[("The new method allows to reduce costs.", "The new method makes it possible to reduce costs.")],
   **{"pass": ["The new method allows us to reduce costs.", "It is not allowed to smoke here.", "Visitors allowed to enter must show tickets."]},
   over={})

calque(key="how-it-is-called",
   langs={"de": "wie es heißt", "fr": "comment ça s'appelle", "es": "cómo se llama", "it": "come si chiama",
          "pt": "como se chama", "ru": "как это называется", "pl": "jak to się nazywa", "nl": "hoe het heet"},
   message="“how it is called” copies {lang} “{src}”; English says “what it is called”.",
   regex=r"\b([Hh])ow (it|this|that|he|she|they|the \w+) (is|was|are|were) called\b", replacements=["what $2 $3 called"], confidence=0.75,
   when=[{"before_regex": r"(?i)\b(?:know|knows|knew|remember|remembers|remembered|forgot|forget|forgotten|tell|told|ask|asked|wonder|wondered|learn|learned|learnt|explain|explained|say|said|sure|idea|find out|found out|check)\s+$",
          "after_regex": r"(?:[.,;?!]|$|(?i:in (?:English|French|German|Spanish|Italian|Russian|Polish|Dutch|Portuguese)|now|today|there|here)\b)"}],
   flag=[("I do not remember how it is called.", "I do not remember what it is called.")],
   **{"pass": ["I do not remember what it is called.", "Tell me how the function is called from the loop."]})

calque(key="fall-in-love-of",
   langs={"fr": "tomber amoureux de", "es": "enamorarse de", "it": "innamorarsi di", "pt": "apaixonar-se por"},
   message="“in love of” copies {lang} “{src}”; English falls in love “with” someone.",
   regex=r"\b(fell|fall|falls|falling|fallen|is|was|are|were|be|been|madly|deeply) in love of\b", replacements=["$1 in love with"],
   confidence=0.9, fix="safe",
   flag=[("He fell in love of a Spanish girl.", "He fell in love with a Spanish girl.")],
   **{"pass": ["He fell in love with a Spanish girl.", "For the love of God."]})

calque(key="angry-against",
   langs={"fr": "fâché contre", "it": "arrabbiato con", "ru": "злиться на", "pl": "zły na", "es": "enfadado contra"},
   message="“angry against/on someone” copies {lang} “{src}”; English is angry “with” someone (“at” or “about” something).",
   regex=r"\b(angry|furious|mad|cross) (?:against|on) (me|him|her|us|them|you|the (?:government|minister|president|referee|coach|club|police|teacher|company|boss))\b",
   replacements=["$1 with $2"], confidence=0.85, fix="safe",
   flag=[("She was angry on him for weeks.", "She was angry with him for weeks.")],
   **{"pass": ["She was angry with him.", "He was angry on behalf of his staff."]})

calque(key="different-of",
   langs={"fr": "différent de", "es": "diferente de", "pt": "diferente de", "it": "diverso da"},
   message="“different of” copies {lang} “{src}”; English says “different from” (or “different to/than”).",
   regex=r"\b(different|differs|differ|differed|differing) of\b", replacements=["$1 from"], confidence=0.85, fix="safe",
   unless={"before_regex": r"(?i)\b(?:many|several|two|three|a number|lots|a lot|kinds|sorts|types|plenty)\s*$"},
   flag=[("The result was very different of what we expected.", "The result was very different from what we expected.")],
   **{"pass": ["The result was very different from what we expected."]})

calque(key="capable-to",
   langs={lang: w for lang, w in [("fr", "capable de"), ("es", "capaz de"), ("it", "capace di"), ("pt", "capaz de"),
                                   ("ru", "способный"), ("pl", "zdolny do"), ("de", "fähig, zu"), ("nl", "in staat om te")]},
   message="“capable to do” copies {lang} “{src}”; English says “capable of doing” or “able to do”.",
   phrases=["capable to"], replacements=["able to"], confidence=0.85, fix="safe",
   when=[{"after_regex": BARE_VERBS + r"\b"}],
   flag=[("The team is capable to win the title.", "The team is able to win the title.")],
   **{"pass": ["The team is capable of winning the title.", "He is capable of doing it quickly."]},
   over={})

calque(key="worth-to-do",
   langs={lang: w for lang, w in [("fr", "ça vaut la peine de"), ("es", "vale la pena"), ("it", "vale la pena di"), ("pt", "vale a pena"),
                                   ("ru", "стоит"), ("pl", "warto"), ("de", "es lohnt sich, zu"), ("nl", "het is de moeite waard om te")]},
   message="“worth to visit” copies {lang} “{src}”; English says “worth visiting” or “worth a visit”.",
   regex=r"\bworth to (visit|see|read|try|buy|watch|mention|note|remember|know|consider|go|do|make|keep|listen|explore|wait|ask|check|look|invest|pay|spend|use|learn|discover|taste|hear|recall|emphasise|emphasize|stress|highlight|add)\b",
   confidence=0.9,
   flag=["The old town is worth to visit.", "It is worth to mention that prices fell."],
   **{"pass": ["The old town is worth visiting.", "The contract is worth to him more than money."]})

calque(key="it-has-sense",
   langs={"es": "tiene sentido", "it": "ha senso", "pt": "tem sentido", "ru": "имеет смысл", "pl": "ma sens", "fr": "ça a du sens"},
   message="“it has (no) sense” copies {lang} “{src}”; English says “it makes (no) sense”.",
   regex=r"\b(?:it|this|that|It|This|That) (?:has|had|have) (?:no |any |little |a |some )?sense\b", confidence=0.8,
   when=[{"after_regex": r"(?:[.,;!?]|$|(?i:to|that|if|because|anymore|any more|at all|now)\b)"}],
   flag=["This has no sense at all.", "It has sense to wait until June."],
   **{"pass": ["This makes no sense at all.", "It has no sense of humour.", "That has a sense of urgency."]})

calque(key="in-the-end-of",
   langs={"ru": "в конце", "pl": "w końcu / na końcu", "es": "en el final de", "pt": "no final de", "it": "nella fine di"},
   message="“in the end of” copies {lang} “{src}”; English says “at the end of”.",
   regex=r"\b([Ii])n the end of (the (?:year|month|week|season|century|decade|day|war|match|game|meeting|quarter|term|semester|summer|winter|spring|autumn|process|campaign|negotiations|talks|contract|mandate)|this|that|last|next|each|every|" + MONTHS + r"|(?:19|20)\d\d)\b", replacements=["at the end of $2"],
   confidence=0.85,
   flag=[("The law comes into force in the end of March.", "The law comes into force at the end of March.")],
   **{"pass": ["The law comes into force at the end of March.", "In the end, they agreed."]})

calque(key="before-two-days",
   langs={"de": "vor zwei Tagen", "nl": "twee dagen geleden", "pl": "przed dwoma dniami", "ru": "два дня назад"},
   message="“before two days” copies {lang} “{src}”; a time counted back from now is “two days ago”.",
   regex=r"\bbefore ((?:\d+|two|three|four|five|six|seven|eight|nine|ten|a few|several|many) (?:days|weeks|months|years|hours|minutes|decades))\b",
   replacements=["$1 ago"], confidence=0.8,
   when=[{"after_regex": r"(?:[.;!?]|$|,\s*(?i:the|he|she|they|we|I|it|police|a)\b)"}],
   unless={"before_regex": r"(?i)\b(?:just|only|up to|until|no later than|at least|not|days|weeks|months|years|hours|minutes|for|lasted|last|take|takes|took|wait|waited|long)\s*$"},
   flag=[("He left the country before two days.", "He left the country two days ago.")],
   **{"pass": ["He left the country two days ago.", "The vote was held just before two weeks of holidays.", "Payment is due before three months, as agreed."]})

calque(key="in-monday",
   langs={lang: w for lang, w in [("pt", "na segunda-feira"), ("ru", "в понедельник"), ("pl", "w poniedziałek"),
                                   ("es", "el lunes"), ("it", "lunedì"), ("fr", "lundi"), ("de", "am Montag"), ("nl", "op maandag")]},
   message="Days take “on” in English: “on Monday” ({lang} “{src}”).",
   regex=r"\b([Ii])n (" + DAYS[3:-1] + r")\b", replacements=["on $2"], confidence=0.85, fix="safe",
   unless={"after_regex": r"(?:'s|’s|s\b|\s*[-–]|\s*(?:and|or|through|to|night)\b|\s+[A-Z])"},
   flag=[("The vote will take place in Monday.", "The vote will take place on Monday.")],
   **{"pass": ["The vote will take place on Monday.", "As reported in Monday's paper.", "Open in Monday-Friday hours.", "Revealed in the Sunday Times."]})

calque(key="in-5-may",
   langs={lang: w for lang, w in [("pt", "em 5 de maio"), ("ru", "5 мая"), ("pl", "5 maja"), ("es", "el 5 de mayo"),
                                   ("it", "il 5 maggio"), ("fr", "le 5 mai"), ("de", "am 5. Mai"), ("nl", "op 5 mei")]},
   message="Dates take “on” in English: “on 5 May” / “on May 5” ({lang} “{src}”).",
   regex=r"\b([Ii])n ((?:[0-3]?\d(?:st|nd|rd|th)? (?:of )?" + MONTHS + r")|(?:" + MONTHS + r" [0-3]?\d(?:st|nd|rd|th)?))\b",
   replacements=["on $2"], confidence=0.85, fix="safe",
   unless={"after_regex": r"(?:'s|’s|\s*[-–]|\s*(?:edition|issue|letter|speech|statement|vote))"},
   flag=[("The treaty was signed in 5 May 1955.", "The treaty was signed on 5 May 1955.")],
   **{"pass": ["The treaty was signed on 5 May 1955.", "The treaty was signed in May 1955."]})

calque(key="numeral-millions",
   langs={"fr": "5 millions d'euros", "es": "5 millones de euros", "it": "5 milioni di euro", "pt": "5 milhões de euros",
          "ru": "5 миллионов", "pl": "5 milionów", "de": "5 Millionen", "nl": "5 miljoen"},
   message="After a number English keeps “hundred/thousand/million/billion” singular: “5 million euros” ({lang} “{src}”).",
   regex=r"\b(\d+(?:[.,]\d+)?|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|fifty|a hundred|several) (hundred|thousand|million|billion)s(?: of)?\b",
   replacements=["$1 $2"], confidence=0.85, fix="safe",
   when=[{"after_regex": r"(?i)(?:euros?|dollars|pounds|people|inhabitants|tonnes|tons|rubles|roubles|zlotys|złoty|pesos|reais|francs|lire|yuan|yen|residents|users|visitors|workers|children|voters|citizens|barrels|litres|liters|hectares|kilometres|kilometers|cubic|jobs|copies|viewers|spectators|refugees|migrants|soldiers|victims|patients|students|customers|euro)\b"}],
   unless={"before_regex": r"(?i)\b(?:in|the|of|by|into|tens|for)\s*$"},
   flag=[("The project cost 5 millions of euros.", "The project cost 5 million euros."),
         ("About three thousands people came.", "About three thousand people came.")],
   **{"pass": ["The project cost 5 million euros.", "Millions of people came.", "In the 1900s, thousands came."]})

calque(key="one-and-a-half-year",
   langs={"de": "eineinhalb Jahre", "ru": "полтора года", "pl": "półtora roku", "nl": "anderhalf jaar"},
   message="A period of 1½ takes a plural noun (“one and a half years”) or “a year and a half” ({lang} “{src}”).",
   regex=r"\bone and a half (year|month|week|hour|day|decade)\b",
   replacements=["one $1 and a half"], confidence=0.85, fix="safe",
   flag=[("He spent one and a half year in prison.", "He spent one year and a half in prison.")],
   **{"pass": ["He spent a year and a half in prison.", "He spent one and a half years in prison."]})

calque(key="one-year-and-half",
   langs={"it": "un anno e mezzo", "es": "un año y medio", "pt": "um ano e meio", "fr": "un an et demi"},
   message="“one year and half” copies {lang} “{src}”; English says “a year and a half” or “one and a half years”.",
   regex=r"\bone (year|month|week|hour|day|decade) and half\b",
   replacements=["one $1 and a half"], confidence=0.85, fix="safe",
   flag=[("They waited one hour and half.", "They waited one hour and a half.")],
   **{"pass": ["They waited an hour and a half.", "They waited one and a half hours."]})

calque(key="go-to-home",
   langs={lang: w for lang, w in [("fr", "rentrer à la maison"), ("es", "ir a casa"), ("it", "andare a casa"), ("pt", "ir para casa"),
                                   ("ru", "идти домой"), ("pl", "iść do domu"), ("de", "nach Hause gehen"), ("nl", "naar huis gaan")]},
   message="“home” after a verb of motion needs no preposition: “go home”, not “go to home” ({lang} “{src}”).",
   regex=r"\b(go|goes|went|going|gone|come|came|comes|coming|return|returned|returns|returning|get|got|gets|getting|walk|walked|drive|drove|run|ran|fly|flew|head|headed) to home\b",
   replacements=["$1 home"], confidence=0.85, fix="safe",
   unless={"after_regex": r"(?i)(?:page|pages|screen|base|plate|stand|row|position|directory|folder|tab|button|ownership|games?|matches|run|runs|improvement|office|country|nation|land|town|soil|port|rule)\b"},
   flag=[("After the match we went to home.", "After the match we went home.")],
   **{"pass": ["After the match we went home.", "Press the button to go to home screen.", "The bill would return to home rule."]})

calque(key="make-the-shopping",
   langs={"fr": "faire les courses", "es": "hacer la compra", "it": "fare la spesa", "pt": "fazer as compras", "de": "Einkäufe machen",
          "nl": "boodschappen doen", "pl": "robić zakupy", "ru": "делать покупки"},
   message="“make the shopping/homework” copies {lang} “{src}”; English says “do the shopping”, “do homework”.",
   regex=r"\b(make|makes|made|making) (the shopping|(?:my|his|her|their|our|your|the) homework|homework)\b",
   replacements=["do $2"], confidence=0.8,
   when=[{"after_regex": r"(?:[.,;!?]|$|(?i:before|after|every|together|with|for|in|at|and|now|today|tonight|on|alone|first|yesterday)\b)"}],
   flag=[("On Saturdays we make the shopping together.", "On Saturdays we do the shopping together.")],
   **{"pass": ["On Saturdays we do the shopping together.", "Teachers make homework optional.", "They made the shopping centre bigger."]})

calque(key="in-the-radio",
   langs={"de": "im Radio / im Fernsehen", "ru": "по радио / по телевизору", "pl": "w radiu / w telewizji", "es": "en la radio / en la tele",
          "it": "alla radio / in televisione", "pt": "no rádio / na televisão", "fr": "à la radio / à la télé"},
   message="What is broadcast is heard “on the radio” and seen “on TV”; “in the radio/television” copies {lang} “{src}”.",
   regex=r"\b(?:in|at) (the )?(radio|television|TV|tv)\b", replacements=["on $1$2"], confidence=0.8,
   when=[{"before_regex": r"(?i)\b(?:heard|hear|hears|said|says|announced|speaking|spoke|speaks|interview|interviewed|played|aired|broadcast|appeared|appears|appear|talked|reported|told|explained|watched|saw|seen|see|shown|debate|debated|advertised|advertising|ads?|commercials?)\b[^.!?]{0,25}$",
          "after_regex": r"(?:[.,;!?]|$|(?i:that|yesterday|today|last|this|on|about|and|when|while|programme|program|show|interview|station|where)\b)"}],
   unless={"after_regex": r"(?i)(?:industry|business|sector|market|age|era|studio|studios|room|set|station's)\b"},
   flag=[("The minister said in the radio that taxes would rise.", "The minister said on the radio that taxes would rise."),
         ("I saw it in TV yesterday.", "I saw it on TV yesterday.")],
   **{"pass": ["I heard it on the radio.", "He worked in the radio industry.", "She played in the radio orchestra."]})

calque(key="think-to-you",
   langs={"fr": "penser à", "it": "pensare a", "es": "pensar en", "pt": "pensar em"},
   message="“think to/in someone” copies {lang} “{src}”; English thinks “of” or “about” someone.",
   regex=r"\b(think|thinks|thought|thinking) (?:to|in) (you|him|her|them|me|us|the future|my family|our children)\b",
   replacements=["$1 of $2"], confidence=0.8,
   unless={"before_regex": r"(?i)\b(?:a|some|much|no|any|little|serious|more|careful|given|give|gave|giving|second|was|were|is|are|been|be|it)\s*$"},
   flag=[("I always think to you.", "I always think of you."), ("We must think in the future.", "We must think of the future.")],
   **{"pass": ["I always think of you.", "It was thought to him a mistake.", "Give some thought to the future."]})

calque(key="dream-with",
   langs={"es": "soñar con", "pt": "sonhar com", "ru": "мечтать о"},
   message="“dream with” copies {lang} “{src}”; English dreams “of” or “about” something.",
   regex=r"\b(dream|dreams|dreamed|dreamt|dreaming) with (being|becoming|winning|playing|living|having|one day|a better|a world|the day)\b",
   replacements=["$1 of $2"], confidence=0.85, fix="safe",
   flag=[("She dreams with becoming a doctor.", "She dreams of becoming a doctor.")],
   **{"pass": ["She dreams of becoming a doctor.", "Dream with me tonight."]})

calque(key="the-mr-name",
   langs={"es": "el señor", "pt": "o senhor", "it": "il signor", "fr": "monsieur"},
   message="“the Mr Smith” copies the article of {lang} “{src}”; English writes “Mr Smith” with no article.",
   regex=r"\b[Tt]he (?:Mr|Mrs|Ms|Mr\.|Mrs\.|Ms\.) ", case_sensitive=True,
   replacements=[], confidence=0.75,
   when=[{"after_regex": r"[A-Z][a-zà-ÿ]+ (?:said|says|announced|told|stated|declared|explained|added|insisted|warned|has|had|is|was|will)\b"}],
   flag=["The Mr García said that the project was ready."],
   **{"pass": ["Mr García said that the project was ready.", "He is not the Mr Right she wanted."]})

calque(key="already-in-1990",
   langs={"de": "bereits 1990", "nl": "al in 1990", "pl": "już w 1990", "ru": "уже в 1990"},
   message="“already in 1990” copies {lang} “{src}”; English says “as early as 1990” or “back in 1990”.",
   regex=r"\b([Aa])lready in ((?:1[89]|20)\d\d)\b", replacements=["as early as $2"], confidence=0.65, corroboration=2,
   flag=[("Already in 1990 the firm exported cars.", "As early as 1990 the firm exported cars.")],
   **{"pass": ["As early as 1990 the firm exported cars."]})

calque(key="federal-land",
   langs={"de": "Bundesland"},
   message="German “Bundesland” is a “federal state” (or just “state”) in English, not a “federal land”.",
   regex=r"\b([Ff]ederal) land(s?)\b", replacements=["$1 state$2"], confidence=0.8,
   when=[{"after_regex": r"(?:of\s+)?(?:Bavaria|Saxony|Hesse|Berlin|Brandenburg|Thuringia|Baden-Württemberg|North Rhine-Westphalia|Lower Saxony|Saxony-Anhalt|Schleswig-Holstein|Hamburg|Bremen|Saarland|Rhineland-Palatinate|Mecklenburg)"},
         {"before_regex": r"(?i)\b(?:German|Germany's|sixteen|16|eastern German|western German)\s+$",
          "after_regex": r"(?:[.,;]|$|(?i:and|in|of|such|like|have|has|are|is|were|was|governments?|parliaments?|elections?)\b)"}],
   unless={"before_regex": r"(?i)\b(?:acres|acre|hectares|public|grazing|leased|BLM|forest|park|Indian|tribal|on|US|U\.S\.|American)\s+(?:\w+\s+)?$"},
   flag=[("The federal land of Bavaria votes in October.", "The federal state of Bavaria votes in October.")],
   **{"pass": ["Ranchers graze cattle on federal land in Nevada.", "The federal state of Bavaria votes in October."]})

# ------------------------------------------------------------------ false friends (mt2), part 3

calque(key="caution-deposit",
   langs={"de": "Kaution", "fr": "caution", "it": "cauzione", "es": "caución", "pt": "caução", "pl": "kaucja"},
   message="{lang} “{src}” is a “deposit” (for a flat, a bottle) or “bail” (in court); English “caution” means carefulness or a warning.",
   regex=r"\b(?:a|the|his|her|their|our|my|your|no) (?:security |rental |refundable |returnable )?caution\b", confidence=0.85,
   when=[{"after_regex": r"(?i)(?:of\s+(?:[€$£]\s?)?\d|(?:[€$£]\s?)?\d[\d.,]*\s*(?:euros?|EUR|€|zlotys?|złoty|PLN|francs|dollars))"},
         {"before_regex": r"(?i)\b(?:pay|pays|paid|paying|deposit|deposited|return|returned|returns|refund|refunded|keep|kept|withhold|withheld|get back|got back|demand|demanded|require|requires|required|set|released on|release on|freed on|bail)\s+$"}],
   unless={"after_regex": r"(?i)(?:to|against|about|in|when|with)\b"},
   flag=["The landlord kept the caution of 900 euros.", "Tenants must pay a caution before moving in."],
   **{"pass": ["The landlord urged caution.", "Investors should exercise caution.", "He was released with a caution."]})

calque(key="experience-experiment",
   langs={"fr": "expérience", "es": "experiencia / experimento", "pt": "experiência"},
   message="{lang} “{src}” in science is an “experiment”; an English “experience” is something lived through.",
   regex=r"\b(carry out|carried out|carrying out|carries out|conduct|conducted|conducting|conducts|perform|performed|performing|performs) (an|the|this|that|a new|a series of|several|many|some|their|his|her|these) (experiences?)\b",
   confidence=0.85,
   flag=["The researchers carried out an experience on mice.", "They conducted a series of experiences in the lab."],
   **{"pass": ["The researchers carried out an experiment on mice.", "It was a great experience."]})

calque(key="lecture-reading",
   langs={"fr": "lecture", "es": "lectura", "it": "lettura", "pt": "leitura"},
   message="{lang} “{src}” means “reading”; an English “lecture” is a talk given to an audience.",
   regex=r"\b(?:the|a|his|her|their|our|my) (?:careful |close |public |first |second |quick )?lecture of (?:the|a|this|his|her|their|its) (?:book|novel|text|report|document|letter|poem|article|verdict|sentence|manifesto|statement|will|indictment|charges|decree|bill|judgment|judgement|Bible|Koran|Quran|Gospel|names|results)\b",
   confidence=0.85,
   flag=["The lecture of the verdict took two hours.", "After a quick lecture of the report, she signed."],
   **{"pass": ["The reading of the verdict took two hours.", "He gave a lecture on the novel."]})

calque(key="location-rental",
   langs={"fr": "location"},
   message="French “location” means “rental, hire”; a “location car” is a “rental car” (“hire car”).",
   regex=r"\blocation (cars?|vehicles?|vans?|apartments?|flats?|bikes?|bicycles?|skis)\b", replacements=["rental $1"], confidence=0.85,
   unless={"before_regex": r"(?i)\b(?:film|filming|shoot|shooting|movie|scout|scouting|GPS)\s+$"},
   flag=[("We took a location car at the airport.", "We took a rental car at the airport.")],
   **{"pass": ["We took a rental car at the airport.", "The film location vans arrived."]})

calque(key="estate-summer",
   langs={"it": "estate"},
   message="Italian “estate” means “summer”; an English “estate” is property or land.",
   regex=r"\b([Ll]ast|[Nn]ext|[Tt]his|[Ee]very|[Ii]n|[Dd]uring the) estate\b", replacements=["$1 summer"], confidence=0.7, corroboration=2,
   when=[{"after_regex": r"(?:,\s*)?(?i:we|I|they|he|she|the (?:beaches|tourists|temperatures|heat)|temperatures|tourists)\s+(?:\w+\s+)?(?:went|go|will go|spent|spend|travel|travelled|traveled|visited|holidayed|rise|rose|reach|reached|flock|flocked|come|came|arrive|arrived|swim|swam)\b"}],
   flag=[("Last estate we went to Sicily.", "Last summer we went to Sicily.")],
   **{"pass": ["Last summer we went to Sicily.", "The estate we visited had vineyards.", "In estate planning, they went over the will."]})

calque(key="wine-canteen",
   langs={"it": "cantina (vinicola/sociale)"},
   message="Italian “cantina” here is a “winery” (or “wine cellar”); an English “canteen” is a cafeteria or a water bottle.",
   regex=r"\b(?:wine|social|cooperative) canteens?\b", replacements=["winery"], confidence=0.85,
   flag=[("We visited a wine canteen near Alba.", "We visited a winery near Alba.")],
   **{"pass": ["We visited a winery near Alba.", "The staff canteen serves lunch."]})

calque(key="balcony-counter",
   langs={"pt": "balcão"},
   message="Portuguese “balcão” is a “counter” or “desk” (in a bank, shop, airport); an English “balcony” is outside a window.",
   regex=r"\b(?:at|behind|to) the (?:check-in |service |information )?balcon(?:y|ies) (?:of|in|at) (?:the |a )?(?:bank|post office|pharmacy|airline|shop|store|company|airport|agency|office|branch|supermarket)\b",
   confidence=0.85,
   flag=["She waited at the balcony of the bank.", "Ask at the balcony in the airport."],
   **{"pass": ["She waited at the counter of the bank.", "He stood on the balcony of the hotel."]})

calque(key="technicum-technical-college",
   langs={"ru": "техникум", "pl": "technikum", "de": "Technikum"},
   message="{lang} “{src}” is a “technical college” (vocational secondary school) in English.",
   phrases=["<technicum>", "<technikum>"], replacements=["<technical college>"], confidence=0.9, fix="safe",
   flag=[("He graduated from a technicum in Kharkiv.", "He graduated from a technical college in Kharkiv.")],
   **{"pass": ["He graduated from a technical college in Kharkiv."]})

calque(key="aspirant-postgraduate",
   langs={"ru": "аспирант", "pl": "aspirant"},
   message="{lang} “{src}” is a “postgraduate (PhD) student”; an English “aspirant” is someone hoping for a post.",
   phrases=["<aspirant>"], replacements=["<postgraduate student>", "<PhD student>"], confidence=0.8,
   when=[{"after_regex": r"(?i)(?:(?:of|at|in) (?:the )?(?:\w+ ){0,3}(?:university|institute|academy|department|faculty|chair|laboratory))\b"},
         {"before_regex": r"(?i)\b(?:PhD|doctoral|graduate|postgraduate|university|institute|first-year|second-year|third-year|young)\s+$"}],
   flag=[("She is one of the aspirants at the Institute of Physics.", "She is one of the postgraduate students at the Institute of Physics.")],
   **{"pass": ["He is a presidential aspirant.", "Aspirants for the post met the board."]})

calque(key="pretend-to-title",
   langs={"ru": "претендовать на", "pl": "pretendować do", "fr": "prétendre à", "es": "pretender"},
   message="{lang} “{src}” means “claim, aspire to, contend for”; English “pretend” means “feign”.",
   regex=r"\b(pretend|pretends|pretended|pretending) (?:to|on|for) (?:the|a|an) (?:\w+ )?(title|post|role|prize|medal|championship|victory|seat|position|presidency|cup|award|gold|trophy|leadership|Oscar|place)\b",
   replacements=["claim the $2", "contend for the $2"], confidence=0.8,
   unless={"after_regex": r"(?i)(?:throne|crown)\b"},
   flag=[("Five clubs pretend to the title this year.", "Five clubs claim the title this year.")],
   **{"pass": ["He pretended to be ill.", "The prince pretended to the throne."]})

calque(key="into-exploitation",
   langs={"ru": "ввести в эксплуатацию", "pl": "oddać do eksploatacji", "fr": "mise en exploitation", "es": "puesta en explotación",
          "pt": "entrada em exploração"},
   message="“put into exploitation” copies {lang} “{src}”; English says “put into operation/service” or “commissioned”.",
   regex=r"\b(put|puts|putting|enter|entered|enters|entering|introduced|came|come|comes|coming) into exploitation\b",
   replacements=["$1 into operation", "$1 into service"], confidence=0.85,
   when=[{"before_regex": r"(?i)\b(?:plant|station|line|bridge|road|motorway|highway|tunnel|building|terminal|airport|pipeline|reactor|unit|block|factory|mine|field|school|hospital|stadium|railway|metro|facility|section|system|complex|was|were|be|been|will be|is|are|it|they)\s+(?:\w+\s+)?$"}],
   unless={"before_regex": r"(?i)\b(?:women|children|girls|boys|workers|migrants|victims|people|trafficked|forced|lured|sold|drawn|coerced)\s+(?:\w+\s+)?$"},
   flag=[("The new metro line was put into exploitation in 2019.", "The new metro line was put into operation in 2019.")],
   **{"pass": ["The new metro line was put into operation in 2019.", "Girls were forced into exploitation."]})

calque(key="commercial-local",
   langs={"es": "local comercial", "pt": "local comercial", "it": "locale commerciale", "pl": "lokal użytkowy"},
   message="{lang} “{src}” is “commercial premises” (a shop unit); “local” is not an English noun for a place of business.",
   regex=r"\b(commercial|business|retail|gastronomic|service) locals?\b", replacements=["$1 premises"], confidence=0.85,
   unless={"after_regex": r"(?i)(?:and|or|area|network|networks|calls?|traffic|economy|economies|market|markets|news)\b"},
   flag=[("The ground floor has a commercial local of 80 m².", "The ground floor has a commercial premises of 80 m².")],
   **{"pass": ["The ground floor has commercial premises.", "Business locals and tourists mixed."]})

calque(key="course-of-currency",
   langs={"de": "Kurs", "ru": "курс", "pl": "kurs", "it": "corso"},
   message="{lang} “{src}” of a currency is its “exchange rate”; “the course of the euro” is not English.",
   regex=r"\b(?:the|current|official|today's) course of the (euro|dollar|zloty|złoty|ruble|rouble|hryvnia|franc|pound|yen|yuan|forint|koruna|lira|currency|national currency|US dollar)\b",
   replacements=["the exchange rate of the $1"], confidence=0.85,
   unless={"after_regex": r"(?:'s|’s|\s+(?:crisis|history|zone|area|project|introduction))"},
   flag=[("The course of the dollar rose again.", "The exchange rate of the dollar rose again.")],
   **{"pass": ["The exchange rate of the dollar rose again.", "The course of the euro crisis changed Europe."]})

calque(key="solicit-apply",
   langs={"nl": "solliciteren"},
   message="Dutch “solliciteren” means “apply (for a job)”; English “solicit” means “ask for, request” (or worse).",
   regex=r"\b(solicit|solicits|solicited|soliciting) (?:for|at|to|with) (?:a|the|this|that|an|our|their) (?:\w+ )?(job|position|post|vacancy|role|company|firm|employer)\b",
   confidence=0.85,
   flag=["She solicited for a job at the bank."],
   **{"pass": ["She applied for a job at the bank.", "The firm solicited bids for the contract."]})

# ------------------------------------------------------------------------------ left-out rows
#
# LanguageTool rows of a packed language that no rule covers, and why. Keys: (lang, wrong_en),
# or ("*", wrong_en) for every language. AMBIGUOUS and default=off rows not listed get a generic
# reason; any other row without a rule must be listed here (the script stops otherwise).

NOCTX = "no context found that separates the false-friend use from correct English"
SAME = "the English word also has the intended meaning, so its use is not an error"
RARE = "too rare in translated text for a rule, and no reliable context"

LEFT_OUT = {
    ("*", "advocate"): SAME + " (“advocate” is a lawyer in Scottish, Indian and EU-court English)",
    ("*", "also"): "“Also,” opening a sentence is normal English; nothing marks German “also” (so, therefore)",
    ("*", "argument"): SAME + " (a reasoned point)",
    ("*", "berate"): NOCTX + " (“berate the clients” reads as scolding either way)",
    ("*", "blame"): NOCTX,
    ("de", "brave"): NOCTX + " (“a brave child” is correct English)",
    ("*", "concern"): SAME + " (“a going concern”, “the steel concern” for a firm)",
    ("*", "confession"): NOCTX + " (“the Lutheran confession” is English for a creed)",
    ("*", "curious"): SAME + " (“a curious thing” = an odd thing)",
    ("*", "decent"): NOCTX + " (“decent colours” reads as acceptable colours)",
    ("*", "evergreen"): SAME + " (“an evergreen” for a lasting song)",
    ("*", "exceptional"): SAME + " (“exceptionally” = as an exception in British English)",
    ("*", "exceptionally"): SAME + " (British English)",
    ("*", "gasoline"): NOCTX,
    ("*", "gross"): NOCTX + " (“gross” = disgusting fits every adjective slot)",
    ("*", "gym"): "“gym” is overwhelmingly the sports hall; the school sense is covered by the “gymnasium” rule",
    ("*", "labor"): NOCTX + " (“labour results/report/values” are economics terms)",
    ("*", "last night"): SAME + " (“last night” covers the evening and the night)",
    ("*", "list"): NOCTX,
    ("*", "local"): NOCTX + " (“a local” as a noun — a pub, a resident — is English)",
    ("*", "menu"): SAME + " (a set meal)",
    ("*", "natural"): RARE,
    ("*", "naturally"): SAME + " (“Naturally,” = of course)",
    ("*", "ordinary"): NOCTX,
    ("*", "overhear"): NOCTX,
    ("*", "pass"): NOCTX + " (passes and boarding passes occur in the same contexts)",
    ("*", "proof"): NOCTX,
    ("*", "prove"): NOCTX + " (“impossible to prove whether” is English)",
    ("*", "spare"): NOCTX + " (“spare money/time/energy” is English)",
    ("*", "star"): SAME,
    ("*", "sympathy"): NOCTX + " (compassion and liking occur in the same contexts)",
    ("*", "undertaker"): NOCTX,
    ("*", "unsympathetic"): NOCTX,
    ("*", "warehouse"): NOCTX + " (warehouse stores exist in English)",
    ("*", "accommodation"): NOCTX,
    ("*", "alternatively"): NOCTX + " (“alternatively/alternately” are confused by native writers too)",
    ("*", "cymbal"): RARE,
    ("*", "fabrication"): SAME + " (“metal fabrication” = manufacturing)",
    ("*", "form"): NOCTX,
    ("es", "notice"): NOCTX + " (“good notices” are good reviews in English)",
    ("*", "present"): NOCTX,
    ("*", "regular"): NOCTX,
    ("es", "rent"): "Spanish “renta” is mostly “income”, not LanguageTool's “pension”; no precise context",
    ("*", "addiction"): RARE,
    ("*", "candid"): RARE,
    ("*", "cucumber"): NOCTX,
    ("*", "disgrace"): NOCTX + " (“a terrible disgrace” is English)",
    ("*", "disgraceful"): NOCTX,
    ("*", "elm"): RARE,
    ("*", "helm"): RARE + " (“at the helm” is English)",
    ("it", "factory"): "LanguageTool pairs Italian “fattoria” (farm) with “factory”; nothing tells that sense. The Italian pack covers “fabbrica” → “fabric” instead",
    ("it", "fabric"): "LanguageTool pairs Italian “fattoria” (farm) with “fabric”; the hand-written rule ff-it-fabric-factory covers “fabbrica” → “fabric” (factory) instead",
    ("*", "fame"): RARE,
    ("*", "gentle"): SAME + " (“gentle” overlaps “kind”)",
    ("*", "incident"): SAME + " (“traffic incident”)",
    ("*", "ingenuity"): NOCTX,
    ("it", "magazine"): NOCTX + " (“magazine” is also an ammunition store in English)",
    ("*", "mess"): NOCTX + " (“went to mess” is English)",
    ("*", "patent"): RARE,
    ("*", "agent"): SAME + " (police and federal agents)",
    ("*", "alimony"): "LanguageTool's Dutch pairing (voeding ↔ alimony) does not match the word; left out",
    ("*", "barracks"): NOCTX + " (“wooden barracks” in camps is English)",
    ("*", "lake"): "names of lakes and seas are fixed in English, and a lake is often both; " + NOCTX,
    ("*", "sea"): "names of lakes and seas are fixed in English, and a lake is often both; " + NOCTX,
    ("*", "abnegation"): RARE,
    ("pl", "academic"): RARE + " (“lived in the academic” for a dormitory)",
    ("*", "accessory"): "a difference of number (Polish “akcesoria”), not of meaning",
    ("*", "accurate"): NOCTX,
    ("*", "acquisition"): NOCTX,
    ("*", "affair"): SAME + " (“the Dreyfus affair” = scandal)",
    ("*", "amatory"): RARE,
    ("*", "apartment"): NOCTX,
    ("*", "audition"): RARE,
    ("*", "blazer"): NOCTX,
    ("*", "blouse"): NOCTX,
    ("*", "buffoonery"): RARE,
    ("*", "bullion"): RARE,
    ("*", "camera"): SAME,
    ("*", "canister"): SAME,
    ("*", "caravan"): NOCTX,
    ("*", "carnation"): NOCTX + " (“pale carnation” is a flower)",
    ("*", "chalet"): RARE,
    ("*", "chips"): "a British/American difference (chips/crisps/fries), not a false friend",
    ("*", "closet"): RARE,
    ("*", "colaborate"): "a misspelling; the intended sense (collaborate with the enemy) is English",
    ("*", "combatant"): NOCTX,
    ("*", "concept"): SAME,
    ("*", "confection"): NOCTX,
    ("*", "cravat"): SAME,
    ("*", "criminal"): NOCTX,
    ("*", "cylinder"): RARE,
    ("*", "demoralize"): NOCTX,
    ("*", "disjunction"): RARE,
    ("*", "divan"): NOCTX,
    ("*", "dress"): NOCTX,
    ("*", "drink"): SAME + " (“a drink” is often alcoholic)",
    ("*", "epicure"): RARE,
    ("*", "evidence"): NOCTX + " (“evidence of population decline” is English)",
    ("*", "exclusive"): SAME + " (“an exclusive hotel” = upmarket)",
    ("*", "expedient"): RARE,
    ("*", "extra"): NOCTX + " (“so extra” is English slang)",
    ("*", "Freon"): SAME,
    ("*", "frivolous"): NOCTX,
    ("*", "gastronome"): NOCTX,
    ("*", "gastronomer"): NOCTX,
    ("*", "gastronomist"): NOCTX,
    ("*", "impotent"): NOCTX,
    ("*", "jury"): SAME + " (the jury of a contest or festival)",
    ("*", "knot"): RARE,
    ("*", "lapidarian"): RARE,
    ("*", "lunatic"): RARE,
    ("*", "miserable"): NOCTX,
    ("*", "mystification"): SAME + " (“a mystification” = a hoax)",
    ("*", "novel"): NOCTX,
    ("*", "obscure"): NOCTX,
    ("*", "order"): SAME + " (state decorations are “orders”: the Order of Lenin)",
    ("*", "pamphlet"): SAME + " (a pamphlet can be polemical)",
    ("*", "paragraph"): NOCTX + " (only the German § of a code has a precise context)",
    ("*", "parapet"): NOCTX,
    ("*", "parasol"): NOCTX,
    ("*", "pathetic"): NOCTX,
    ("*", "pension"): NOCTX + " (“monthly pension” occurs where “salary” is meant)",
    ("*", "pet"): RARE,
    ("*", "portmanteau"): RARE,
    ("*", "postpone"): RARE,
    ("*", "pupa"): RARE,
    ("*", "pupil"): NOCTX,
    ("*", "speaker"): SAME + " (announcers are speakers)",
    ("*", "stipend"): SAME + " (student stipends)",
    ("*", "aggressive"): SAME,
    ("*", "ambitious"): SAME,
    ("*", "finnish"): "lower-case “finnish” is a typo for “finish” or “Finnish”, not a translation problem",
    ("*", "listen"): RARE,
    ("*", "look"): RARE,
    ("*", "officer"): SAME + " (army officers are officers)",
    ("ru", "trap"): RARE,
    ("*", "vine"): RARE,
    ("*", "wallet"): RARE,
    ("*", "zephyr"): RARE,
}


# ------------------------------------------------------------------------------ reading the data

def load_rows(data_dir):
    path = os.path.join(data_dir, "false_friends.tsv")
    with open(path, encoding="utf-8", newline="") as f:
        reader = csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(reader)
        return [dict(zip(header, line)) for line in reader if line]


def note_field(note, name):
    m = re.search(r"(?:^|; )" + re.escape(name) + r": ([^;]+)", note)
    return m.group(1).strip() if m else ""


def row_matches(row, lang, item):
    word, _, src = item.partition("@")
    if row["wrong_en"] != word:
        return False
    word_src = note_field(row["note"], f"{lang} word")
    if src.startswith("="):
        return word_src == src[1:]
    return not src or src in word_src


def left_out_reason(lang, row):
    for key in ((lang, row["wrong_en"]), ("*", row["wrong_en"])):
        if key in LEFT_OUT:
            return LEFT_OUT[key]
    note = row["note"]
    if "AMBIGUOUS" in note:
        return "AMBIGUOUS in LanguageTool (the English word is one of the intended meanings); no context found that makes it precise"
    if "default=off" in note:
        return "off by default in LanguageTool; no context found that makes it precise"
    raise SystemExit(f"no rule and no reason for LanguageTool row {lang} {row['wrong_en']!r}: add one to LEFT_OUT")


# ------------------------------------------------------------------------------ TOML output

def tstr(s):
    """A TOML string: a literal string for regexes (no escaping), else a basic string."""
    if "\\" in s and "'" not in s and "\n" not in s:
        return "'" + s + "'"
    return json.dumps(s, ensure_ascii=False)


def tlist(items, indent=""):
    one = "[" + ", ".join(tstr(i) for i in items) + "]"
    if len(one) <= 100 or len(items) < 2:
        return one
    inner = "".join(f"{indent}  {tstr(i)},\n" for i in items)
    return "[\n" + inner + indent + "]"


def tctx(ctx):
    parts = []
    for key in ("before", "after", "before_regex", "after_regex", "document"):
        if key in ctx:
            v = ctx[key]
            parts.append(f"{key} = " + ("[" + ", ".join(tstr(i) for i in v) + "]" if isinstance(v, list) else tstr(v)))
    return "{ " + ", ".join(parts) + " }"


def fill(text, lang, src):
    return text.replace("{lang}", NAMES[lang]).replace("{src}", src)


def render_rule(spec, lang, lt_rows):
    s = dict(spec)
    s.update(spec.get("over", {}).get(lang, {}))
    src = spec["langs"][lang]
    out = ["[[rule]]", f'id = "ff-{lang}-{s["key"]}"', "message = " + tstr(fill(s["message"], lang, src))]
    if not s.get("description") and not s.get("replacements"):
        # A rule that is never fixed says why (the test suite checks every rule does).
        s["description"] = ("No automatic fix: the English form depends on the rest of the sentence "
                            "(a gerund, a tense, the word order); the message says what English uses.")
    if s.get("description"):
        out.append("description = " + tstr(fill(s["description"], lang, src)))
    if lt_rows:
        groups = []
        for r in lt_rows:
            g = note_field(r["note"], "rulegroup") or re.search(r"rulegroup=(\w+)", r["note"]).group(1)
            w = note_field(r["note"], f"{lang} word")
            item = f"{g} ({lang} “{w}”, en “{r['wrong_en']}” → {r['intended_en']})"
            if item not in groups:
                groups.append(item)
        out.append("source = " + tstr("LanguageTool false-friends.xml, rule group " + "; ".join(groups)
                                      + ". Context conditions and examples written for mtlint."))
    else:
        out.append("source = " + tstr(f"Written for mtlint from literal translations of {NAMES[lang]} “{src}”."))
    if "regex" in s:
        out.append("regex = " + tstr(s["regex"]))
    else:
        out.append("phrases = " + tlist(s["phrases"]))
    if s.get("case_sensitive"):
        out.append("case_sensitive = true")
    reps = s.get("replacements", [])
    if reps:
        out.append("replacements = " + tlist(reps))
    out.append(f'confidence = {s.get("confidence", 0.8)}')
    out.append(f'fix = "{s.get("fix", "unsafe") if reps else "none"}"')
    if s.get("severity"):
        out.append(f'severity = "{s["severity"]}"')
    out.append("fuzzy = false")
    if s.get("corroboration"):
        out.append(f'corroboration = {s["corroboration"]}')
    when = s.get("when", [])
    if when:
        if len(when) == 1:
            out.append("when = [" + tctx(when[0]) + "]")
        else:
            out.append("when = [\n" + "".join(f"  {tctx(w)},\n" for w in when) + "]")
    if s.get("unless"):
        out.append("unless = " + tctx(s["unless"]))
    flags = []
    for ex in s["flag"]:
        if isinstance(ex, str):
            ex = (ex,)
        if reps and len(ex) < 2:
            raise SystemExit(f"{s['key']}: flag example {ex[0]!r} needs its fixed text")
        if len(ex) > 1:
            flags.append(f"  {{ text = {tstr(ex[0])}, fixed = {tstr(ex[1])} }},")
        else:
            flags.append(f"  {{ text = {tstr(ex[0])} }},")
    out.append("flag = [\n" + "\n".join(flags) + "\n]")
    out.append("pass = [\n" + "".join(f"  {tstr(p)},\n" for p in s["pass"]) + "]")
    return "\n".join(out) + "\n"


def build(lang, rows, old_text):
    lang_rows = [r for r in rows if r["lang"] == lang]
    used = set()
    gen, hand = [], []
    for spec in FF + CALQUES:
        if lang not in spec["langs"]:
            continue
        hits = [i for i, r in enumerate(lang_rows) if any(row_matches(r, lang, it) for it in spec.get("lt", ()))]
        text = render_rule(spec, lang, [lang_rows[i] for i in hits])
        (gen if hits else hand).append(text)
        used.update(hits)
    left = []
    for i, r in enumerate(lang_rows):
        if i not in used:
            item = (r["wrong_en"], note_field(r["note"], f"{lang} word"), left_out_reason(lang, r))
            if item not in left:
                left.append(item)
    name = NAMES[lang]
    head = f"""# false-friends-{lang}: false friends and calques in English translated from {name}.
#
# GENERATED by scripts/gen_false_friends.py from ../shared/data/false_friends.tsv
# (LanguageTool, LGPL-2.1-or-later) and the rule data in that script. Do not edit sections 1
# and 2 here: change the script and run `python3 scripts/gen_false_friends.py`. Rules added
# below the "local additions" marker at the end are kept when the script runs.
#
# The pack is off unless the user names the source language: `mtlint check --source-lang {lang}`.
# Every rule fires only in contexts where the English sense of the word is clearly not meant,
# and carries `flag` and `pass` examples: `mtlint rules test rules/false-friends-{lang}.toml`.

[pack]
id = "false-friends-{lang}"
title = "False friends and calques in English translated from {name}"
description = "Words and phrases that literal translation from {name} carries into English with the wrong meaning: false friends (LanguageTool's list, with context guards) and calques of {name} idioms."
source = {tstr(LT_SOURCE)}
license = "{LICENSE}"
source_lang = "{lang}"
"""
    parts = [head]
    parts.append("\n# " + "=" * 94 + "\n# 1. From LanguageTool's false-friend list (generated: one LanguageTool pair each, with a\n"
                 "#    context guard written for mtlint)\n# " + "=" * 94 + "\n")
    parts += ["\n" + g for g in gen]
    if left:
        parts.append("\n# LanguageTool rows for " + name + " left out (English word, " + name + " word: reason):\n")
        for w, src, why in left:
            parts.append(f"#   {w} ({src}): {why}\n")
    parts.append("\n# " + "=" * 94 + "\n# 2. Hand-written calques and false friends (written for mtlint; the data is in\n"
                 "#    scripts/gen_false_friends.py, shared between the source languages)\n# " + "=" * 94 + "\n")
    parts += ["\n" + h for h in hand]
    local = ""
    if old_text and LOCAL_MARKER in old_text:
        local = old_text.split(LOCAL_MARKER, 1)[1].lstrip("\n")
    parts.append("\n" + LOCAL_MARKER + "\n" + local)
    n_left = sum(i not in used for i in range(len(lang_rows)))
    return "".join(parts), len(gen), len(hand), (len(lang_rows) - n_left, n_left)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("data_dir", nargs="?", default=os.path.join(ROOT, "..", "shared", "data"))
    ap.add_argument("--check", action="store_true", help="write nothing; exit 1 if a pack is out of date")
    args = ap.parse_args()
    rows = load_rows(args.data_dir)
    keys = [s["key"] for s in FF + CALQUES]
    dup = {k for k in keys if keys.count(k) > 1}
    if dup:
        raise SystemExit(f"duplicate rule keys: {sorted(dup)}")
    stale = []
    print("rules from LanguageTool pairs / hand-written; LanguageTool rows used / left out")
    print(f"{'lang':4}  {'LT rules':>8}  {'hand':>5}  {'rows used':>9}  {'rows left':>9}")
    for lang in LANGS:
        path = os.path.join(ROOT, "rules", f"false-friends-{lang}.toml")
        old = open(path, encoding="utf-8").read() if os.path.exists(path) else ""
        text, n_gen, n_hand, left = build(lang, rows, old)
        print(f"{lang:4}  {n_gen:8}  {n_hand:5}  {left[0]:9}  {left[1]:9}")
        if text != old:
            stale.append(path)
            if not args.check:
                with open(path, "w", encoding="utf-8") as f:
                    f.write(text)
    others = sorted({r["lang"] for r in rows} - set(LANGS))
    for lang in others:
        n = sum(r["lang"] == lang for r in rows)
        print(f"{lang:4}  no pack ({n} LanguageTool rows not used)")
    if args.check:
        for p in stale:
            print(f"out of date: {os.path.relpath(p, ROOT)}", file=sys.stderr)
        sys.exit(1 if stale else 0)


if __name__ == "__main__":
    main()
