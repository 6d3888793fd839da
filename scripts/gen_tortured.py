#!/usr/bin/env python3
"""Generates rules/tortured-science.toml from the Problematic Paper Screener (PPS) tortured phrases.

Usage: python3 scripts/gen_tortured.py [DATA_DIR] [--out rules/tortured-science.toml] [--stats]

DATA_DIR (default: ../shared/data relative to the repository root) holds the two files
described in its SOURCES.md:

  tortured_phrases.tsv                   tortured<TAB>expected<TAB>source, one row per pair
  tortured_phrases_pps_fingerprints.tsv  the PPS fingerprints with their AND/NOT conditions,
                                         proximity queries ("a b"~N) and paper counts

The repository does not need that folder at run time: the generated TOML is committed. Only the
Python standard library is used and the output is deterministic (rules sorted by id), so a run on
the same data reproduces the file byte for byte.

What the script does, in order (each dropped entry is counted under the first reason that applies;
`--stats` prints the counts):

1. Reads every (tortured, expected) pair and merges pairs whose tortured phrase is the same after
   the matcher's normalization (typographic quotes and hyphens, white space) and ASCII case folding:
   one rule per tortured phrase, one replacement per distinct expected text.
2. Carries the PPS conditions over from the fingerprints: `"bosom" AND "breast"` becomes
   `when = [{ document = ["breast"] }]`, `NOT "x"` becomes `unless = { document = ["x"] }`. A phrase
   that also has an unconditioned fingerprint gets no condition. Conditions the rule format cannot
   express exactly (several ANDs) keep their most specific part and say so in the description.
3. Proximity fingerprints (`"a b"~N`) become a rule for `a` that fires only where `b` follows within
   N words (after_regex) or precedes it within N words (before_regex).
4. Drops: phrases with `{ } < >`; phrases equal to or contained in their own expected text; single
   words (no space, hyphen or slash: "cross-approval" counts as two words) without a condition,
   except rare non-dictionary coinages (kept with low confidence and fix = "none"); single words
   whose PPS condition cannot be expressed; the precision skip list below. A few phrases that
   are correct English only in one narrow context keep their rule with a local `unless`
   (LOCAL_UNLESS) or are matched in exact letter case only (CASE_SHAPES).
5. Cleans the curators' expected text into a replacement: a trailing acronym in parentheses goes
   (the text usually carries it already); a doubt or comment (`?`, "please note", a URL, PubPeer,
   a remark in parentheses or brackets, `/` alternatives, "AND") makes the rule `unsafe` or `none`
   with lower confidence, and the replacement is the cleanest unambiguous form (or none at all).
   The curators' text stays visible in the message and description.
6. Confidence: the PPS paper count is the prior (0.60 at 0 papers to 0.95 at 1,000 or more), lower
   for doubtful entries, proximity rules and entries only in the giladfeldman JSON mirror (which
   SOURCES.md warns may hold parse artefacts).
7. Generates each rule's examples (a sentence to flag with its fixed form, sentences to pass) and
   checks them with a Python model of the matcher (normalization, whole words, case pattern of the
   fix, conditions); `mtlint rules test rules/tortured-science.toml` is the real test.
8. Variants (see "Variants" below): each phrase also matches its last noun in the other number
   (`<noun|nouns>` slots, the replacement inflected alike: "certainty stretches" -> "confidence
   intervals"), hyphen and space spellings ("flag-to-commotion", "pre prepared") and its British or
   American spelling ("neural organisation"); replacements get their other-dialect spelling after
   the curators' text. No variant is another PPS phrase or a phrase of the skip lists; two-word
   phrases of common words (COMMON_WORD_PHRASES) and VARIANT_SKIP entries get fewer. A PPS condition
   also holds where the text has a tortured form of its term. A few skip-list phrases that are
   tortured terms of ML and medicine are kept with `corroboration = 2` (CORROBORATED_SKIP).
"""

from __future__ import annotations

import argparse
import csv
import math
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO.parent / "shared" / "data"
DEFAULT_OUT = REPO / "rules" / "tortured-science.toml"
TSV = "tortured_phrases.tsv"
FINGERPRINTS = "tortured_phrases_pps_fingerprints.tsv"
JSON_MIRROR = "PPS:giladfeldman"

# ------------------------------------------------------------------------------------------------
# Hand-made decisions. Every entry says why.

# Single words (no space, no hyphen) without a PPS condition are dropped, except these coinages:
# none of them is an English word (absent from wordfreq's English list and from a desk
# dictionary), so they cannot be correct English. They are kept with low confidence and no fix.
RARE_SINGLE_WORDS = {
    "associatealog",  # "associate" mangled by a find-and-replace
    "associatealyzing",
    "auupdatedmate",  # "to" -> "updated" replaced inside "automate"
    "auupdatedmation",
    "ballotor",  # "voter"
    "benewiwireless",  # "fi" -> "wireless" replaced inside "benefit"
    "butupdatedn",  # "button"
    "certiwiwireless",
    "conwirelessgure",  # "configure"
    "factshungry",  # "data-hungry"
    "mincingvector",  # "HashingVectorizer"
    "mobileular",  # "cellular" with "cell" -> "mobile"
    "modiwiwireless",
    "offerbuiltintegrated",
    "tokenizatioing",
    "transferrbuiltintegrated",
    "wirelessngerprints",  # "fingerprints"
    "downguideline",  # "down-regulation" with "regulation" -> "guideline"
}

# Tortured phrases that are ordinary correct English in general text (news, documentation,
# post-edited MT) or too likely to be: the pack is on by default for every text. Found by running
# the pack over fixtures/clean, fixtures/corpus (MLQE-PE post-edits), 2,225 BBC news articles, the
# Debian handbook and the Python documentation, and by reading the list. Key: the phrase in lower
# case; value: why it is dropped.
PRECISION_SKIP: dict[str, str] = {
    # found in clean text
    "brilliant machine": "BBC news: 'a brilliant machine for talking about things'",
    "keen gadget": "BBC news: 'keen gadget users'",
    "domestic output (gdp)": "BBC news: 'gross domestic output (GDP)'",
    "green money": "Reuters news: 'green money' (US dollars, farm-state money)",
    # ordinary English collocations
    "sound just": "'sounds just like': ordinary English",
    "man in the center": "'the man in the center (of the photo)'",
    "best of service": "'the best of service'",
    "first class of service": "'a first class of service' (transport)",
    "question set": "'a question set' (exams, surveys)",
    "get to data": "'get to data' (reach the data)",
    "education data": "ordinary: data about education",
    "education information": "ordinary: information about education",
    "school education data": "ordinary: data about school education",
    "board information": "'board information' (papers for a board meeting)",
    "air fine": "'an air fine' reads as a fine, or 'air fine' in weather text",
    "place of interest": "ordinary: a place of interest (tourism)",
    "over the top energy": "'over the top' energy: ordinary idiom",
    "picture order": "ordinary: the order of pictures",
    "stage pay": "ordinary: pay for stage work",
    "walk 2020": "a charity walk named 'Walk 2020'",
    "chief parts": "ordinary: 'the chief parts of'",
    "huge information": "'a huge information campaign'",
    "down to earth issue": "ordinary: a down-to-earth issue",
    "professional system": "ordinary: a professional system",
    "significant wonder": "ordinary: a significant wonder",
    "driving reason": "ordinary: 'the driving reason behind'",
    "heat movement": "ordinary: heat movement in buildings",
    "traffic design": "ordinary: traffic design (road engineering)",
    "pay and exchange": "ordinary: 'pay and exchange rates'",
    "smart agreement": "ordinary: a smart agreement",
    "sexual direction": "ordinary (dated) English",
    "feature choice": "ordinary: feature choice (product design)",
    "sound individuals": "ordinary: sound (healthy, sensible) individuals",
    "project memory": "ordinary: project memory (knowledge management, software)",
    "data gain": "ordinary: a data gain",
    "unique mark": "ordinary: a unique mark",
    "medical aid management": "ordinary: management of medical aid (schemes)",
    "in the presence of n2": "ordinary chemistry: 'in the presence of N2'",
    "digital forms of money": "ordinary news English for cryptocurrencies",
    "256 pieces": "ordinary: 'in 256 pieces'",
    "192 pieces": "ordinary: 'in 192 pieces'",
    "128 pieces": "ordinary: 'in 128 pieces'",
    "warm capacity": "ordinary: the warm capacity of a garment",
    "proof of idea": "ordinary: proof of an idea",
    "man-made intelligence": "accepted English synonym of AI",
    "computer-based intelligence": "accepted English synonym of AI",
    "combined learning": "ordinary: combined learning (education)",
    "collection to collection": "ordinary: 'from collection to collection'",
    "a significant lot of time": "ordinary: 'a significant lot of time'",
    "were set up in a similar method": "ordinary English",
    # 301-900
    "new crown": "news: 'the new crown' (royal, sport)",
    "modern creation": "ordinary: a modern creation",
    "brilliant home": "ordinary: a brilliant home",
    "brilliant right hand": "sport: a brilliant right hand (boxing)",
    "brilliant contract": "sport: a brilliant contract",
    "organized game plan": "sport: an organized game plan",
    "speaker display": "ordinary: a speaker display (smart speaker with a screen)",
    "picture recognition": "ordinary: picture recognition (psychology tests)",
    "people against machines": "ordinary English",
    "digital assault": "news: a digital assault (cyber attack)",
    "assault model": "ordinary: an assault model (rifle)",
    "checking the votes": "ordinary English",
    "cloud worker": "ordinary: a cloud worker (remote worker)",
    "mind waves": "ordinary colloquial English",
    "low-fat eating routine": "ordinary English",
    "secret layer": "ordinary: a secret layer",
    "covered layer": "ordinary: a covered layer",
    "info layer": "ordinary: an info layer (user interfaces, maps)",
    "objective language": "ordinary: objective language (style, philosophy)",
    "attractive strip": "ordinary: an attractive strip (of beach, land)",
    "banking quarter": "ordinary: a city's banking quarter",
    "preparing information": "ordinary: preparing information (for a meeting)",
    "preparing pictures": "ordinary: preparing pictures",
    "preparing design": "ordinary: preparing design documents",
    "preparing and approval": "ordinary: preparing and approval of budgets",
    "preparation information": "ordinary: preparation information (for an exam)",
    "mechanical upset": "engineering term: a mechanical upset",
    "short blast": "ordinary: a short blast (of a horn)",
    "feedback processing": "a psychology and engineering term",
    "well-educated model": "news: a well-educated model (fashion)",
    # 900-2200
    "remove highlights": "ordinary: remove highlights (photo editing)",
    "worldwide inquiry": "news: a worldwide inquiry",
    "text arrangement": "ordinary: text arrangement (typography)",
    "test arrangement": "ordinary: a test arrangement",
    "records arrangement": "ordinary: records arrangement (archives)",
    "gathering of patients": "ordinary: a gathering of patients",
    "example arrangement": "ordinary: an example arrangement",
    "arrangement execution": "ordinary: execution of an arrangement",
    "functional houses": "ordinary: functional houses (architecture)",
    "accuracy of an order": "ordinary: the accuracy of an order (retail)",
    "accuracy and review": "ordinary: accuracy and review (auditing)",
    "transactions are unknown": "ordinary English",
    "limited motivation": "ordinary: limited motivation",
    "generate more items": "ordinary English",
    "sound highlight": "ordinary: the sound highlight of a show",
    "musical highlight": "ordinary: a musical highlight",
    "clever house": "ordinary: a clever house",
    "structural pitch": "ordinary: structural pitch (roofs, music)",
    "an expanding pattern": "ordinary English",
    "rural yield": "ordinary: rural yield (agriculture)",
    "new-age medication": "ordinary: new-age medication",
    "elderly folks": "ordinary English",
    "crop checking": "ordinary: crop checking (farming)",
    "logical computer program": "ordinary: a logical computer program",
    "manufactured voice": "ordinary: a manufactured voice",
    "cruel temperature": "ordinary: cruel temperatures",
    "harmony treaty": "ordinary: a harmony treaty",
    "3rd birthday party": "ordinary: a 3rd birthday party",
    "monetary emergency": "news: a monetary emergency",
    "monetary disaster": "news: a monetary disaster",
    "monetary development": "news: monetary developments",
    "framework breakdown": "ordinary: a framework breakdown",
    "brilliant watches": "ordinary: brilliant (jewelled) watches",
    "passionate mood": "ordinary: a passionate mood",
    "positive societies": "ordinary: positive societies",
    "video excellence": "ordinary: video excellence (awards)",
    "hostile assault": "news: a hostile assault",
    "commented on pictures": "ordinary: 'she commented on pictures'",
    "commented on information": "ordinary: 'he commented on information'",
    "ballot strategy": "ordinary: a ballot strategy (elections)",
    "energy effectiveness": "ordinary: energy effectiveness",
    "crude information": "ordinary: crude (rough) information",
    "votes projected": "news: votes projected (elections)",
    "well-judged changes": "ordinary English",
    "proper meditation": "ordinary: proper meditation",
    "profound model": "ordinary: a profound model",
    "profound layers": "ordinary: profound layers (of meaning)",
    "profound education": "ordinary: a profound education",
    "optimistic impact": "ordinary: an optimistic impact",
    "optimistic and important": "ordinary English",
    "rubbish glass": "ordinary (British): rubbish glass (recycling)",
    "polling form": "ordinary: a polling form",
    "heart sickness": "ordinary: heart sickness (grief)",
    "discourse record": "linguistics: the discourse record",
    "discourse samples": "linguistics: discourse samples",
    "discourse data": "linguistics: discourse data",
    "discourse knowledge": "linguistics: discourse knowledge",
    "discourse investigation": "linguistics: a discourse investigation",
    "discourse signal": "linguistics: a discourse signal",
    "depressing influence": "ordinary: a depressing influence",
    "inadequate change": "ordinary: inadequate change",
    "carbon dioxide discharge": "ordinary: carbon dioxide discharge",
    "market rivalry": "ordinary: market rivalry (economics, news)",
    "top notch picture": "ordinary: a top notch picture",
    # 2200-7448
    "splendid watches": "ordinary: splendid watches",
    "solitary day": "ordinary: a solitary day",
    "solitary analysis": "ordinary: a solitary analysis",
    "schooling information": "ordinary: schooling information (for parents)",
    "intermediate commodities": "economics term: intermediate commodities",
    "programmed learning": "education term: programmed learning",
    "non-hazardous situation": "ordinary: a non-hazardous situation",
    "irregular request": "ordinary: an irregular request",
    "intensity and vulnerability": "ordinary English",
    "to be freelance": "ordinary: 'to be freelance'",
    "citizen turnout": "news: citizen turnout",
    "great tuning": "ordinary: great tuning (music, cars)",
    "enduring state": "ordinary: an enduring state",
    "chaotic grid": "ordinary: a chaotic (street, power) grid",
    "versatile hub": "ordinary: a versatile hub",
    "versatile clients": "ordinary: versatile clients",
    "versatile baking": "ordinary: versatile baking (dishes)",
    "immature nations": "ordinary (dated): immature nations",
    "digital misconduct": "ordinary: digital misconduct",
    "numerical highlights": "ordinary: numerical highlights (of a report)",
    "handmade highlights": "ordinary: handmade highlights (crafts)",
    "cozy shell": "ordinary: a cozy shell",
    "degree of displacement": "physics term: degree of displacement",
    "decent contender": "sport: a decent contender",
    "bouncing boxes": "ordinary: bouncing boxes",
    "bouncing box": "ordinary: a bouncing box",
    "section transitions": "ordinary: section transitions (music, writing)",
    "economical nature": "ordinary: an economical nature",
    "visually defective": "ordinary (dated) English",
    "upsetting environments": "ordinary: upsetting environments",
    "ladies and youngsters": "ordinary English",
    "savvy speakers": "ordinary: savvy (skilled) speakers",
    "repetitive layers": "ordinary: repetitive layers (design, textiles)",
    "picture portrayal": "ordinary: a picture portrayal",
    "luxurious equipment": "ordinary: luxurious equipment",
    "random stroll": "ordinary: a random stroll",
    "neurological group": "ordinary: a neurological (research) group",
    "thyroid lump": "ordinary medical English",
    "personalized remedies": "ordinary: personalized remedies",
    "medicinal judgement": "ordinary: medicinal judgement",
    "far from customary": "ordinary English",
    "customary strategies": "ordinary: customary strategies",
    "characterization problems": "literature: characterization problems",
    "cardiovascular wellbeing": "ordinary: cardiovascular wellbeing",
    "ethnic gatherings": "ordinary: ethnic gatherings (festivals)",
    "preventive fitness care": "ordinary: preventive fitness care",
    "crippled individuals": "ordinary (dated) English",
    "noteworthy connection": "ordinary: a noteworthy connection",
    "noteworthy affiliation": "ordinary: a noteworthy affiliation",
    "nasal hole": "ordinary: a nasal hole (piercing)",
    "malware assault": "news: a malware assault",
    "disposition issues": "ordinary: disposition (temperament) issues",
    "picture grouping": "ordinary: picture grouping (layout)",
    "message grouping": "ordinary: message grouping (email apps)",
    "grouping methods": "statistics: grouping methods",
    "storage gadget": "ordinary: a storage gadget",
    "liquidity hazard": "finance: a liquidity hazard",
    "effective gadget": "ordinary: an effective gadget",
    "electrical gadget": "ordinary: an electrical gadget",
    "brilliant gadget": "ordinary: a brilliant gadget",
    "appraisal season": "ordinary: appraisal season (staff reviews)",
    "oil rentals": "ordinary: oil rentals (royalties)",
    "vigorous vitality": "ordinary: vigorous vitality",
    "mental helper": "ordinary: a mental helper",
    "authoritative ownership": "ordinary: authoritative ownership",
    "troublesome technologies": "ordinary: troublesome technologies",
    "counterfeit news": "ordinary: counterfeit news",
    "counterfeit gadget": "ordinary: a counterfeit gadget",
    "incremental sales strategies": "ordinary business English",
    "cutting edge sequencing": "ordinary: cutting-edge sequencing",
    "nonstop mixing": "ordinary: nonstop mixing (DJ sets)",
    "decidedly charged": "ordinary: a decidedly charged atmosphere",
    "herbal choice": "ordinary: a herbal choice",
    "garage necessities": "ordinary: garage necessities",
    "phony picture": "ordinary: a phony picture",
    "excessively enormous": "ordinary English",
    "indispensable organs": "ordinary: the indispensable organs (of a state)",
    "consistent glide": "ordinary: a consistent glide",
    "informative indexes": "ordinary: informative indexes",
    "shading pictures": "ordinary: shading pictures (art)",
    "horrible ramifications": "ordinary English",
    "precarious stream": "ordinary: a precarious stream",
    "discretionary bodies": "ordinary: discretionary bodies",
    "visa inconsistencies": "news: visa inconsistencies",
    "sluggish student": "ordinary: a sluggish student",
    "number juggling": "ordinary: number juggling",
    "image fragmentation": "ordinary: image fragmentation",
    "cryptic layer": "ordinary: a cryptic layer",
    "plant ailments": "ordinary English",
    "liver ailments": "ordinary English",
    "kidney ailments": "ordinary English",
    "heart ailments": "ordinary English",
    "gum ailments": "ordinary English",
    "eye ailments": "ordinary English",
    "blood ailments": "ordinary English",
    "prophetic model": "ordinary: a prophetic model (religion)",
    "shrewd contract": "sport: a shrewd contract",
    "state craftsmanship": "ordinary: state craftsmanship",
    "astute contract": "ordinary: an astute contract",
    "unmistakable layer": "ordinary: an unmistakable layer",
    "dreary layers": "ordinary: dreary layers (of grey)",
    "ailing districts": "ordinary: ailing districts",
    "outlandish proposition": "ordinary: an outlandish proposition",
    "antiquated occasions": "ordinary: antiquated occasions",
    "fractional request": "ordinary: a fractional request",
    "bigoted and oppressive": "ordinary English",
    "boundless drive": "ordinary: boundless drive (energy)",
    "rheumatoid joint pain": "ordinary medical English",
    "street mishap": "news (Indian English): a street mishap",
    "mishap casualties": "news (Indian English): mishap casualties",
    "restorative centers": "ordinary: restorative centers (spas)",
    "dwindled liquidity": "finance news: dwindled liquidity",
    "word blunders": "ordinary: word blunders",
    "mechanical bungle": "news: a mechanical bungle",
    "untamed life": "ordinary: untamed life",
    "opportune and dependable": "ordinary English",
    "prescient model": "ordinary: a prescient model",
    "prescient quality": "ordinary: a prescient quality",
    "prescient capacity": "ordinary: a prescient capacity",
    "is prescient": "ordinary: 'the report is prescient'",
    "imaginative and prescient": "ordinary: 'imaginative and prescient'",
    "mossy cup oak": "a tree (mossycup oak)",
    "traffic clamor": "ordinary: traffic clamor (noise)",
    "ceaseless speech": "ordinary: ceaseless speech",
    "ceaseless ailment": "ordinary: a ceaseless ailment",
    "liver malady": "ordinary (dated) English",
    "venereal ailments": "ordinary (dated) English",
    "ladylike and manly": "ordinary English",
    "unearthly space": "ordinary: an unearthly space",
    "unearthly area": "ordinary: an unearthly area",
    "quickening the rate": "ordinary: quickening the rate of",
    "wellspring of vitality": "ordinary: a wellspring of vitality",
    "wellspring of income": "ordinary: a wellspring of income",
    "extraordinary wellspring": "ordinary: an extraordinary wellspring",
    "mathematical upsides": "ordinary: mathematical upsides",
    "unremitting ailment": "ordinary: an unremitting ailment",
    "intemperate levels": "ordinary: intemperate levels",
    "hazardous emanations": "ordinary: hazardous emanations",
    "creepy crawlies": "ordinary: creepy-crawlies",
    "backslide issues": "ordinary: backslide issues",
    "hesitance to drink": "ordinary English",
    "has turned out to be a standout": "ordinary: 'has turned out to be a standout'",
    "small and medium-sized organizations (smes)": "ordinary English",
    "small and medium-sized organizations (umkm)": "ordinary English",
    "utilized to check the robustness": "ordinary English",
    "suppress the proliferation of germs": "ordinary English",
    "dissemination of knowledge and business": "ordinary English",
    "kbr powder should be pulverized": "ordinary laboratory English",
    "catalysis of nitrophenol to aminophenol": "ordinary chemistry English",
    "therapeutic gadgets": "Brown corpus (1961 magazine): 'these modern witch doctors with their fake therapeutic gadgets'",

    # conditioned rules whose phrase and condition can both appear in ordinary text
    "malignant growth": "health news: 'a malignant growth' next to 'cancer'",
    "new bits of knowledge": "ordinary English next to 'new insights'",
    "bogus news": "news about fake news says 'bogus news' too",
    "phony news": "news about fake news says 'phony news' too",
    "ecological alteration": "environmental news next to 'climate change'",
    "social detachment": "psychology of the pandemic next to 'COVID'",
    "higher pay levels": "economic news next to 'higher income levels'",
    "low pay levels": "economic news next to 'low income levels'",
    "market effectiveness": "marketing English next to 'market efficiency'",
    "brilliant city": "travel writing next to 'smart city'",
    "radio wire": "radio hobby text next to 'antenna'",
    "electric geyser": "Indian and South African English for a water heater",
    "query table": "database term next to 'lookup table'",
    "standard mistake": "'a standard mistake' in a statistics tutorial next to 'standard error'",
    "character check": "background checks next to 'identity verification'",
    "overall advancement": "economic news next to 'average growth'",
    "adjustment time": "ordinary English next to 'setup time'",
    "call tree": "profiler term next to 'decision tree'",
    "social database": "ordinary English next to 'SQL'",
    "community security": "policing next to 'network security'",
    "working framework": "'a working framework for' next to 'operating system'",
    "executive framework": "business English next to 'management system'",
    "delicate data": "privacy news next to 'sensitive data'",
    "delicate information": "privacy news next to 'sensitive data'",
    "prepared information": "ordinary English next to 'training data'",
    "planning and testing": "software English next to 'training and testing'",
    "straightforward structures": "ordinary English next to 'clear designs'",
    "superior visualization": "medical imaging next to 'better detection'",
    "most crowded": "geography next to 'most populated'",
    "quality regulation": "biotech policy next to 'gene regulation'",
    "hand flags": "semaphore next to 'hand signals'",
    "carbon discharge": "environmental news next to 'carbon emission'",
    "inexhaustible power": "energy writing next to 'renewable energy'",
    "wellspring of energy": "ordinary English next to 'source of energy'",
    "distant worker": "remote-work news next to 'cloud computing'",
    "regenerative organs": "regenerative medicine next to 'reproductive'",
    "regenerative system": "biology next to 'reproductive'",
    "thick woods": "nature writing; the condition 'learning' is a common word",
    "ruinous": "a single ordinary word; the condition 'acid' is common in chemistry and food text",
    "brain organization": "neuroscience next to 'neural network'",
    "atomic composition": "chemistry next to 'molecular structure'",
    "shared data": "information theory and software next to 'mutual information'",
    "business knowledge": "business English next to 'business intelligence'",
    "preparation stage": "ordinary English next to 'training stage'",
    "network safety": "ordinary English next to 'network security'",
    "independent learning": "education next to 'unsupervised learning'",
    "directed learning": "education next to 'supervised learning'",
    "managed learning": "education ('managed learning environment') next to 'supervised learning'",
    "actually occur": "statistics English next to 'true positive'",
    "content arrangement": "web design; the condition 'classification' is a common word",
    "verification of work": "crypto news next to 'blockchain'",
    "visually affected": "accessibility text next to 'visually impaired'",
    # proximity fingerprints (the key is the phrase part) that ordinary text satisfies
    "oblivious": "'oblivious' near 'blind' (20 words): 'blind and oblivious'",
    "precious stones": "'precious stones' near 'crystals': jewellery text",
    "casing": "'casing' near 'picture' (3 words): 'phone casing, picture'",
    # entries only in the JSON mirror that are ordinary English
    "best guess estimate": "ordinary English",
    "constructive linkage": "ordinary: a constructive linkage",
    "productive linkage": "ordinary: a productive linkage",
    "material predictor": "statistics English: a material predictor",
    "vital predictor": "ordinary: a vital predictor",
    "vital determinant": "ordinary: a vital determinant",
    "reverse osmosis process": "water treatment term (a parse artefact per SOURCES.md)",
    "defeating tax evasion": "news English",
    "present-day nation": "ordinary: a present-day nation",
    "segmentation point": "image-processing term",
    "function extraction": "software term (refactoring)",
    "loss characteristic": "engineering term",
    "transformer version": "ordinary: the Transformer version of a model",
    "multi way model": "statistics term (multi-way model)",
}

# Entries of PRECISION_SKIP kept after all, with `corroboration = 2`: they fire only in a text where
# at least two findings of ungated rules already stand, i.e. in text already shown to be
# paraphrased, where these phrases are the tortured term far more often than the ordinary
# English that put them on the skip list; clean text, where no ungated rule fires, never sees
# them. Only terms of the sciences PPS covers (machine learning, medicine) whose ordinary reading
# is rare: spun news opens the gate too (news-spin rules fire there), so phrases that are ordinary
# news English ("heart ailments", "street mishap", "counterfeit news", "huge information
# campaign"), established terms of some science ("discourse data", "feedback processing",
# "grouping methods") and everything else on the skip list stay dropped.
CORROBORATED_SKIP = {
    "picture order", "picture recognition", "data gain", "secret layer", "covered layer",
    "info layer", "example arrangement", "arrangement execution", "logical computer program",
    "profound model", "bouncing box", "bouncing boxes", "informative indexes", "therapeutic gadgets",
    # conditioned: the PPS condition stays as well
    "malignant growth", "new bits of knowledge", "social database",
}
CORROBORATION = 2

# Variants (see "Variants" below) that are ordinary English, found by reading the variants whose
# words are all common and by running the pack over clean text. Key: the variant in lower case;
# value: why. A rule whose other-number form is listed gets no number variant.
VARIANT_SKIP: dict[str, str] = {
    "heat moves": "physics: 'heat moves from the hot side'",
    "exchange works": "ordinary: 'the exchange works'",
    "direct exchange works": "ordinary: 'the direct exchange works'",
    "talk updates": "ordinary: conference talk updates",
    "healthcare answers": "ordinary: 'healthcare answers' (questions and answers)",
    "information collection procedures": "ordinary administrative English",
    "supply chain controls": "ordinary business English",
    "thin movie": "film reviews: 'a thin movie'",
    "lean movie": "film reviews: 'a lean movie'",
    "slim movie": "film reviews: 'a slim movie'",
    "skinny movie": "film reviews",
    "green items": "ordinary: 'the green items' (lists, recycling)",
    "named data set": "mainframe and statistics software: 'a named data set'",
    "rate focus": "finance news: 'the rate focus'",
    "vital success factors": "ordinary management English",
    "making country": "'making country music'",
    "facial highlight": "cosmetics: 'a facial highlight'",
    "irregular walk": "medicine: 'an irregular walk' (gait)",
    "choice of trees": "forestry and gardening: 'a choice of trees'",
    "small and medium-sized associations": "ordinary English",
    "power-law changes": "physics: 'where the power-law changes slope'",
    "course management framework": "software: 'a course management framework'",
    "choice support systems": "decision-support literature: 'choice support systems'",
    "energy center points": "ordinary: 'energy center points' (acupressure)",
    "big-time salaries": "ordinary: 'big-time salaries'",
    "world financial discussions": "ordinary English",
    "human-computer connections": "ordinary English",
    "local and worldwide representations": "ordinary English",
}
# "money-related ..." is ordinary English for "financial ...": no variants of these PPS phrases.
MONEY_RELATED = re.compile(r"(?i)\bmoney[- ]related\b")

# Phrases of two words that are both common English (Zipf frequency 4.3 or more, i.e. 20 or more
# per million words, in the wordfreq lists): their other number or spelling may well be ordinary
# English that clean text cannot rule out ("audio signs", "choice trees", "wild issues",
# "solar boards", "heat moves" were found in ordinary text), so they get no number or hyphen
# variant (their other-dialect spelling stays: it is the same phrase). The list was computed once
# with wordfreq (not needed to run this script) from the phrases that had a variant.
COMMON_WORD_PHRASES = {p.strip() for p in """
absolutely linked; achievement fee; activity unit; administrative possession; android stage;
angle helping; application conduct; approval information; area unit; assault floor; assault
information; assault procedures; audio sign; awful bank; back spread; balance operator; big
facts; big information; biological assault; birthday assault; bit job; blind temperature; border
situation; breast district; breast illness; brilliant agreement; brilliant ball; brilliant card;
brilliant telephone; brilliant vehicle; bunch analysis; bunch measure; bunch size; buried layer;
carbon impression; center i7; channel banks; channel methods; chart theory; chest anxiety; chest
harm; choice bush; choice tree; clothes areas; cloud climate; cloud stage; component choice;
component guide; component map; conflict layer; cooperation capacity; copy iii; covered layer;
created nations; creation expenses; creation innovations; credit darkness; criticism circle;
cross-approval; crying knowledge; dark out; data board; data gain; data wisdom; decision bushes;
deep studying; desire tree; device learning; device studying; digital danger; direct mix; direct
programming; dna fix; dna harm; dna hurt; edge price; edit illnesses; edit survival; education
facts; education manner; education set; electrical blame; electronic thinking; element choice;
element guide; element space; enter statistics; establishment work; exception recognition;
exchange learning; exchange training; exchange work; extraordinary id; face reputation; fake
intelligence; fake knowledge; false anxiety; feeling analysis; feeling location; feeling
recognition; financial guess; fit file; fit record; fitness situation; fitness statistics; flag
handling; flag preparing; floor reality; floor truth; foundation noise; frame temperature; fresh
set; fundamental metals; genius home; genuine negative; genuine numbers; genuine positive;
google domestic; green item; hard attractive; hard crown; healthcare answer; heart assault;
heart fee; heat foundation; heat move; high-goal; hit fee; http demands; hunt engines; illness
conclusion; include choice; include guide; increased commerce; increased reality; incredible
programming; info door; info information; info layer; info picture; information expansion;
information growth; information mining; information picture; insurance plot; intellectual
science; intense angle; interest fashion; internet learning; issue conclusion; item reputation;
journalist gene; kind cancer; kind injuries; ladies' ruins; limit layer; liquid cooperation;
liquid logic; low-goal; lucky warnings; machine education; machine knowledge; machine studying;
making countries; marked information; mechanical homes; miles vital; mind association; mind
cancer; mind growth; mind signal; mind surgery; miss fee; model exhibition; move learning;
movement business; multi-see; murder chain; musical normal; mystery key; mystery layer; named
information; natural corruption; natural files; non-direct; non-terrible; offering stage; online
preparing; organization assault; organization traffic; over becoming; participation capacity;
pattern reputation; pc helped; pc organization; pc vision; phone core; photo reputation; picture
catch; picture division; picture order; picture preparing; picture recognition; picture
recovery; planning set; point birth; pre-handling; pre-managing; pre-prepared; pre-preparing;
pregnancy stretch; preparation bunches; preparation image; preparation occasion; preparation
pictures; preparation set; preparation target; preparing cases; preparing database; preparing
prepare; preparing set; prevent words; procedure structure; product servers; programming
climate; programming tongue; progress metal; proposal motor; protein crown; protest discovery;
quality drive; r2 worth; radio repeat; random hunt; random wood; reaction pace; recall door;
records mining; result door; result layer; rice impact; route illness; safe reaction; sample
reputation; secret layer; seen value; selection bush; selection making; selection tree; sexual
introduction; signal preparing; smart groups; social database; social expecting; solar board;
solo learning; sound flag; speech cancer; speech intelligence; speech reputation; spot decline;
square chain; square mistake; stick farms; stop-customers; straight technique; study database;
studying route; stupid structure; substantial metals; supply route; surface region; switch
studying; talk sign; talk signal; talk update; tall temperature; test technique; thin movies;
thing talk; tongue method; tongue processing; top learning; transfer studying; truth stretch;
universal exchange; unknown assault; version education; virus assault; voice designs; voice
flag; voice hunt; voice reputation; warm camera; warm exchange; warm image; warm picture; web
assault; whole c; wild issue; window capacity; wise structure; wise transportation; worker
preparing; worldwide component; worldwide include
""".replace("\n", " ").split(";")}

# Tortured phrases that are also correct English in one narrow context, which a local condition
# recognizes: the rule stays, with `unless` conditions (merged with any PPS NOT condition). Found
# by running the pack over the man pages and /usr/share/doc texts of benches/gen_corpus.py
# (14 million words). Key: the phrase in lower case; value: the conditions (before_regex and/or
# after_regex, Rust syntax, starting with (?i)), a sentence that must pass (our own words,
# written from the false alarm) and why.
LOCAL_UNLESS: dict[str, tuple[dict[str, str], str, str]] = {
    "cloud organization": (
        {"before_regex": r"(?i)\bGoogle",
         "after_regex": r"(?i)(?:polic(?:y|ies)|IDs?|resources?|nodes?|administrators?|admins?|attribute|to use)\b"},
        "Set the Google Cloud organization ID before you run the command.",
        "a Google Cloud organization is the product's own name for its top-level resource "
        "(man pages of gcloud: 'the Cloud organization policies', 'Name of the Cloud organization to use')"),
    "machine interpretation": (
        {"before_regex": r"(?i)\b(?:(?:suited|suitable|easy|easier|designed|intended|meant|ready|fit) for|human (?:and|or))"},
        "The trace is written in a format suited for machine interpretation.",
        "'suited for machine interpretation' (machine-readable) is ordinary technical English (git's manual)"),
    "false error rate": (
        {"before_regex": r"(?i)\b(?:high|higher|low|lower|same|acceptable|unacceptable)"},
        "The cheap mode gives a high false error rate, so the checker reports many bogus errors.",
        "a checker's 'high false error rate' (rate of false errors reported) is ordinary software English "
        "(Valgrind's manual)"),
}

# Tortured phrases matched in exact letter case only (lower case, sentence case, upper case), with
# why: in a definition list flattened to plain text a term is followed by its capitalized
# description ("info" then "Information describing the file ..." in xauth's man page).
CASE_SHAPES: dict[str, str] = {
    "info information": "xauth(1): the option 'info' followed by its description 'Information describing ...'",
}

# Wildcard terms in conditions (`optimiz*`, `hear*`): the words that stand for them. A wildcard
# not listed here makes the script stop, so that a new one gets its own list.
WILDCARDS = {
    "optimiz*": ["optimization", "optimizations", "optimize", "optimized", "optimizer", "optimizers",
                 "optimizes", "optimizing"],
    "hear*": ["hear", "heard", "hearing", "hearing-impaired", "hears"],
}

# ------------------------------------------------------------------------------------------------
# Variants: the forms a paper writes a PPS phrase in.
#
# PPS lists a tortured phrase in one form ("certainty stretch", "randomized controlled
# preliminary"), but a paper writes it in the form its sentence needs ("95% certainty stretches",
# "randomized controlled preliminaries"), and a compound with or without hyphens ("flag to
# commotion" and "flag-to-commotion proportion"; "pre-prepared" and "pre prepared"). The matcher
# treats a hyphenated compound as one word, so each spelling is its own phrase. Each rule
# therefore also matches
#   - its last noun in the other number, where the established term's last word is a noun of the
#     same number (the replacement is then put in the same number: `<noun|nouns>` slots), and
#   - the hyphen and space spellings of its words (see hyphen_variants).
# A variant that is another PPS phrase, or a phrase of the precision skip list, is left to that
# entry. Letter case needs nothing: phrases match in any case.

# Irregular plurals (singular: plural) of nouns that occur in scientific terms.
IRREGULAR_PLURALS = {
    "analysis": "analyses", "axis": "axes", "crisis": "crises",
    "diagnosis": "diagnoses", "hypothesis": "hypotheses", "parenthesis": "parentheses",
    "synthesis": "syntheses", "thesis": "theses", "prognosis": "prognoses", "emphasis": "emphases",
    "ellipsis": "ellipses", "metastasis": "metastases", "psychosis": "psychoses",
    "criterion": "criteria", "phenomenon": "phenomena", "automaton": "automata",
    "bacterium": "bacteria", "spectrum": "spectra", "maximum": "maxima", "minimum": "minima",
    "optimum": "optima", "quantum": "quanta", "stratum": "strata", "curriculum": "curricula",
    "medium": "media", "equilibrium": "equilibria", "ovum": "ova", "corpus": "corpora",
    "genus": "genera", "nucleus": "nuclei", "stimulus": "stimuli", "radius": "radii",
    "fungus": "fungi", "locus": "loci", "bacillus": "bacilli", "alga": "algae", "larva": "larvae",
    "vertebra": "vertebrae", "index": "indices", "matrix": "matrices", "vertex": "vertices",
    "apex": "apices", "appendix": "appendices", "simplex": "simplices", "cortex": "cortices",
    "helix": "helices", "vortex": "vortices", "child": "children", "man": "men", "woman": "women",
    "foot": "feet", "tooth": "teeth", "goose": "geese", "mouse": "mice", "louse": "lice",
    "leaf": "leaves", "life": "lives", "knife": "knives", "wife": "wives", "half": "halves",
    "shelf": "shelves", "wolf": "wolves", "calf": "calves", "thief": "thieves", "loaf": "loaves",
    "self": "selves", "hero": "heroes", "potato": "potatoes", "tomato": "tomatoes", "echo": "echoes",
    "veto": "vetoes", "torpedo": "torpedoes", "embargo": "embargoes", "volcano": "volcanoes",
    "quiz": "quizzes", "stomach": "stomachs", "epoch": "epochs", "monarch": "monarchs",
    "patriarch": "patriarchs", "oligarch": "oligarchs", "tech": "techs", "czech": "czechs",
}
SINGULARS_OF = {p: s for s, p in IRREGULAR_PLURALS.items()}
SINGULARS_OF.update({
    # -es plurals whose singular ends in -s, and -(i)es plurals that are not -y nouns
    "biases": "bias", "gases": "gas", "aliases": "alias", "atlases": "atlas", "canvases": "canvas",
    "lenses": "lens", "viruses": "virus", "statuses": "status", "buses": "bus", "campuses": "campus",
    "bonuses": "bonus", "censuses": "census", "consensuses": "consensus", "sinuses": "sinus",
    "fetuses": "fetus", "surpluses": "surplus", "irises": "iris", "plexuses": "plexus",
    "apparatuses": "apparatus", "syllabuses": "syllabus", "focuses": "focus", "processes": "process",
    "caches": "cache", "niches": "niche", "aches": "ache", "headaches": "headache",
    "avalanches": "avalanche", "cliches": "cliche", "psyches": "psyche", "movies": "movie",
    "cookies": "cookie", "calories": "calorie", "zombies": "zombie", "rookies": "rookie",
    "goalies": "goalie", "selfies": "selfie", "smoothies": "smoothie", "hoodies": "hoodie",
    "pixies": "pixie", "newbies": "newbie", "freebies": "freebie", "shoes": "shoe", "toes": "toe",
    "canoes": "canoe", "oboes": "oboe", "axes": "axis", "sizes": "size", "prizes": "prize",
    "mazes": "maze", "dozes": "doze", "gazes": "gaze", "glazes": "glaze",
})
# Nouns whose two numbers are spelt alike, or that have one number only: no variant.
NO_NUMBER = {
    "series", "species", "means", "news", "bayes", "sheep", "fish", "deer", "aircraft",
    "spacecraft", "offspring", "headquarters", "crossroads", "corps", "chassis", "diabetes",
    "herpes", "rabies", "measles", "mumps", "scabies", "rickets", "shingles", "data", "media",
    "people", "person", "persons", "police", "cattle", "staff", "personnel", "kudos", "chaos",
    "cosmos", "ethos", "pathos", "thermos", "asbestos", "pancreas", "alms", "thanks", "clothes",
    "premises", "savings", "earnings", "surroundings", "belongings", "outskirts", "remains",
    "goods", "arms", "odds", "species", "genus", "physics", "mathematics", "economics",
    "statistics", "ethics", "politics", "dynamics", "kinetics", "genetics", "electronics",
    "graphics", "optics", "acoustics", "logistics", "analytics", "robotics", "mechanics",
    "information", "knowledge", "intelligence", "software", "hardware", "equipment", "research",
    "evidence", "feedback", "advice", "progress", "wellbeing", "welfare", "health", "safety",
    "privacy", "security", "accuracy", "efficiency", "robustness", "vision", "speech",
    "recognition", "literature", "machinery", "furniture", "luggage", "baggage", "jewelry",
    "homework", "housework", "weather", "electricity", "oxygen", "nitrogen", "hydrogen", "helium",
    "carbon", "sodium", "potassium", "calcium", "magnesium", "iron", "zinc", "copper", "silver",
    "gold", "lead", "aluminium", "aluminum", "titanium", "nickel", "cobalt", "chromium", "lithium",
    "sulfur", "sulphur", "phosphorus", "chlorine", "fluorine", "mercury", "uranium", "plutonium",
}
# Function words: never the noun of a variant.
FUNCTION_WORDS = {
    "a", "an", "the", "of", "in", "on", "at", "to", "for", "by", "with", "from", "into", "onto",
    "and", "or", "nor", "but", "as", "than", "that", "this", "these", "those", "which", "who",
    "whom", "whose", "what", "is", "are", "was", "were", "be", "been", "being", "am", "has",
    "have", "had", "do", "does", "did", "it", "its", "they", "them", "their", "we", "our", "us",
    "you", "your", "he", "him", "his", "she", "her", "hers", "not", "no", "can", "could", "will",
    "would", "may", "might", "must", "shall", "should", "so", "such", "also", "very", "more",
    "most", "less", "least", "much", "many", "some", "any", "each", "every", "all", "both",
    "either", "neither", "other", "another", "own", "same", "there", "here", "then", "thus",
    "hence", "via", "per", "upon", "over", "under", "about", "between", "among", "within",
    "without", "through", "across", "against", "during", "before", "after", "above", "below",
    "yes", "always", "perhaps", "sometimes", "besides", "towards", "afterwards", "whereas",
    "plus", "minus", "versus", "unless", "et", "al", "up", "down", "out", "off", "together",
    "away", "back", "apart", "based", "nowadays", "today", "tomorrow", "yesterday", "ago",
    "etc", "too", "only", "just", "once", "twice", "thrice", "even", "still", "yet", "already", "else", "ever", "never",
}
# The established term's last word must be a noun for a variant in the other number. Words with
# these endings are adjectives, adverbs, participles or mass nouns (…ness, …ics) in these terms.
NOT_NOUN_ENDINGS = ("ly", "ous", "ful", "less", "able", "ible", "ical", "ish", "ness", "ics",
                    "ward", "wards", "wise", "ed", "ing", "ic")
# …except these nouns.
NOUNS_WITH_THOSE_ENDINGS = {
    "family", "assembly", "anomaly", "supply", "reply", "monopoly", "rally", "ally", "belly",
    "jelly", "bully", "fly", "butterfly", "dragonfly", "firefly", "housefly", "lily", "gully",
    "speed", "seed", "need", "bed", "feed", "breed", "reed", "creed", "shed", "weed", "steed",
    "embedding", "setting", "finding", "building", "bearing", "coating", "recording", "reading",
    "rating", "mapping", "ring", "string", "thing", "wing", "spring", "ceiling", "sibling",
    "painting", "drawing", "crossing", "opening", "meeting", "feeling", "warning", "heading",
    "filling", "fitting", "casing", "housing", "wedding", "seedling", "evening", "morning",
    "beginning", "ending", "cutting", "winding", "grating", "coupling", "offering", "saving",
    "metric", "topic", "epidemic", "pandemic", "clinic", "graphic", "heuristic", "mechanic",
    "critic", "characteristic", "antibiotic", "fabric", "mosaic", "plastic", "relic", "tropic",
    "polyphenolic", "basic", "classic", "comic", "panic", "tunic", "alcoholic", "diabetic",
    "domestic", "statistic", "logistic", "acoustic", "harmonic", "tonic", "magic",
    "mechanic", "fanatic", "lunatic", "skeptic", "sceptic", "cynic", "heretic", "rustic",
    "italic", "arsenic", "garlic", "traffic", "music", "logic",
}
# Words that end in -s and are singular (besides …ss, …us, …is).
SINGULAR_S = {
    "gas", "bias", "alias", "atlas", "canvas", "lens", "iris", "pancreas", "thorax",
    "corps", "analysis",
}
VOWELS = set("aeiou")


def _restore_case(model: str, word: str) -> str:
    """`word` (lower case) in the letter case of `model`."""
    if model.isupper() and len(model) > 1:
        return word.upper()
    if model[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def noun_number(word: str) -> str | None:
    """"sg" or "pl" for a word that can be a countable noun, None where no variant should be made."""
    w = word.lower()
    if not re.fullmatch(r"[a-z]{2,}", w) or (word.isupper() and len(word) > 1):
        return None
    if w in NO_NUMBER or w in FUNCTION_WORDS:
        return None
    if w in SINGULARS_OF:
        return "pl"
    if w in IRREGULAR_PLURALS or w in SINGULAR_S:
        return "sg"
    if w.endswith("ics"):
        return "pl" if w[:-1] in NOUNS_WITH_THOSE_ENDINGS else None
    if w.endswith(("ss", "us", "is", "ous", "ness")):
        return "sg" if w.endswith(("ss", "us", "is")) else None
    if w.endswith("s") and len(w) > 3:
        return "pl"
    if w.endswith("s"):
        return None
    return "sg"


def plural_of(word: str) -> str | None:
    w = word.lower()
    if w in IRREGULAR_PLURALS:
        p = IRREGULAR_PLURALS[w]
    elif w.endswith("sis"):
        p = w[:-3] + "ses"
    elif w.endswith("is"):
        return None  # -itis and the like: no plural in use
    elif w.endswith(("s", "x", "z", "ch", "sh")):
        p = w + "es"
    elif w.endswith("y") and w[-2] not in VOWELS:
        p = w[:-1] + "ies"
    else:
        p = w + "s"
    return _restore_case(word, p)


def singular_of(word: str) -> str | None:
    w = word.lower()
    if w in SINGULARS_OF:
        s = SINGULARS_OF[w]
    elif w.endswith("ies") and len(w) > 4:
        s = w[:-3] + "y"
    elif w.endswith(("sses", "shes", "ches", "xes", "zzes")):
        s = w[:-2]
    elif w.endswith("s") and not w.endswith("ss"):
        s = w[:-1]
    else:
        return None
    return _restore_case(word, s)


def word_noun_number(w: str, endings: tuple[str, ...] = NOT_NOUN_ENDINGS) -> str | None:
    """`noun_number` for a word that does not look like an adjective, adverb or participle."""
    low = w.lower()
    if low.endswith(endings) and low not in NOUNS_WITH_THOSE_ENDINGS and low not in SINGULARS_OF:
        # a plural of such a noun ("findings", "metrics") is judged by its singular
        s = singular_of(w) if low.endswith("s") else None
        if not (s and s.lower() in NOUNS_WITH_THOSE_ENDINGS):
            return None
    return noun_number(w)


def term_noun_number(term: str) -> str | None:
    """The number of an established term's last word, if it is a noun that has two numbers."""
    m = re.search(r"([A-Za-z]+)$", term)
    return word_noun_number(m.group(1)) if m else None


def other_number(word: str, number: str) -> str | None:
    return plural_of(word) if number == "sg" else singular_of(word)


def slot(word: str, number: str) -> str | None:
    """`<singular|plural>` for `word` in `number`, or None."""
    o = other_number(word, number)
    if not o or o.lower() == word.lower() or noun_number(o) != ("pl" if number == "sg" else "sg"):
        return None
    return f"<{word}|{o}>" if number == "sg" else f"<{o}|{word}>"


def with_last_word_slot(text: str, number: str) -> str | None:
    """`text` with its last word as a `<singular|plural>` slot."""
    m = re.search(r"([A-Za-z]+)$", text)
    if not m:
        return None
    s = slot(m.group(1), number)
    return text[: m.start()] + s if s else None



# American spellings and their British forms, besides the regular -ize/-yze/-eled changes of
# british_spelling. A paper written in British English writes "convolutional neural organisation".
BRITISH = {
    "behavior": "behaviour", "behaviors": "behaviours", "behavioral": "behavioural",
    "color": "colour", "colors": "colours", "colored": "coloured", "coloring": "colouring",
    "favor": "favour", "favorable": "favourable", "labor": "labour", "neighbor": "neighbour",
    "neighbors": "neighbours", "neighboring": "neighbouring", "neighborhood": "neighbourhood",
    "neighborhoods": "neighbourhoods", "honor": "honour", "rumor": "rumour", "humor": "humour",
    "tumor": "tumour", "tumors": "tumours", "vapor": "vapour", "vapors": "vapours", "odor": "odour",
    "odors": "odours", "harbor": "harbour", "flavor": "flavour", "flavors": "flavours",
    "vigor": "vigour", "armor": "armour", "endeavor": "endeavour", "endeavors": "endeavours",
    "demeanor": "demeanour", "clamor": "clamour", "clamors": "clamours", "rigor": "rigour",
    "valor": "valour", "fervor": "fervour", "splendor": "splendour", "parlor": "parlour",
    "center": "centre", "centers": "centres", "centered": "centred", "fiber": "fibre",
    "fibers": "fibres", "liter": "litre", "liters": "litres", "theater": "theatre",
    "caliber": "calibre", "meager": "meagre", "somber": "sombre", "luster": "lustre",
    "maneuver": "manoeuvre", "specter": "spectre", "catalog": "catalogue", "dialog": "dialogue",
    "analog": "analogue", "defense": "defence", "offense": "offence", "gray": "grey",
    "aluminum": "aluminium", "mold": "mould", "molds": "moulds", "skeptical": "sceptical",
    "jewelry": "jewellery", "enrollment": "enrolment", "enrollments": "enrolments",
    "fulfillment": "fulfilment", "skillful": "skilful",
    "hemorrhage": "haemorrhage", "hemorrhages": "haemorrhages", "hemorrhagic": "haemorrhagic",
    "hemoglobin": "haemoglobin", "hematoma": "haematoma", "hematology": "haematology",
    "hematological": "haematological", "hemodialysis": "haemodialysis", "hemolysis": "haemolysis",
    "hemolytic": "haemolytic", "hemophilia": "haemophilia", "hemodynamic": "haemodynamic",
    "hemodynamics": "haemodynamics", "hematopoietic": "haematopoietic", "hemostasis": "haemostasis",
    "pediatric": "paediatric", "pediatrics": "paediatrics", "pediatrician": "paediatrician",
    "esophagus": "oesophagus", "esophageal": "oesophageal", "leukemia": "leukaemia",
    "anemia": "anaemia", "anemic": "anaemic", "edema": "oedema", "estrogen": "oestrogen",
    "orthopedic": "orthopaedic", "orthopedics": "orthopaedics", "anesthesia": "anaesthesia",
    "anesthetic": "anaesthetic", "ischemia": "ischaemia", "ischemic": "ischaemic",
    "diarrhea": "diarrhoea", "dyspnea": "dyspnoea", "apnea": "apnoea", "gynecology": "gynaecology",
    "gynecological": "gynaecological", "celiac": "coeliac", "fetal": "foetal", "fetus": "foetus",
    "feces": "faeces", "fecal": "faecal", "etiology": "aetiology", "septicemia": "septicaemia",
    "glycemic": "glycaemic", "hyperglycemia": "hyperglycaemia", "hypoglycemia": "hypoglycaemia",
}
AMERICAN = {b: a for a, b in BRITISH.items()}
_IZE = re.compile(r"^(.*)iz(ation|ations|e|es|ed|ing|ings|er|ers)$")
_SIZE_WORDS = {"size", "seize", "prize", "maize", "baize", "capsize", "downsize", "oversize", "resize",
               "undersize", "supersize", "outsize", "upsize", "midsize"}


def british_spelling(text: str) -> str:
    """`text` with its American spellings in their British forms (text without any: unchanged)."""

    def one(m: re.Match) -> str:
        w = m.group(0)
        low = w.lower()
        out = BRITISH.get(low)
        z = _IZE.match(low)
        if out is None and z and len(z.group(1)) >= 3 and z.group(1) + "ize" not in _SIZE_WORDS:
            out = z.group(1) + "is" + z.group(2)
        elif out is None and re.search(r"yz(e|es|ed|ing|ings|er|ers)$", low):
            out = re.sub(r"yz(?=(e|es|ed|ing|ings|er|ers)$)", "ys", low)
        elif out is None and len(low) >= 7 and re.search(r"[^e]el(ed|ing|ings)$", low):
            out = re.sub(r"el(ed|ing|ings)$", r"ell\1", low)
        return _restore_case(w, out) if out else w

    return re.sub(r"[A-Za-z]+", one, text)


def american_spelling(text: str) -> str:
    """`text` with the British spellings of AMERICAN and -isation in their American forms."""

    def one(m: re.Match) -> str:
        w = m.group(0)
        low = w.lower()
        out = AMERICAN.get(low)
        if out is None and re.search(r"..isations?$", low):
            out = re.sub(r"isation", "ization", low)
        return _restore_case(w, out) if out else w

    return re.sub(r"[A-Za-z]+", one, text)


def other_dialect(text: str) -> str:
    uk = british_spelling(text)
    return uk if uk != text else american_spelling(text)


_SEP = re.compile(r"(?<=[A-Za-z])([ -])(?=[A-Za-z])")
LINK_WORDS = {"to", "of", "the", "and", "in", "on", "by"}


def hyphen_variants(phrase: str, expected: str | None) -> list[str]:
    """Other spellings of `phrase` with hyphens for spaces, or spaces for hyphens.

    Hyphens for spaces: in a two-word phrase ("profound-learning model"); around linking words
    ("flag-to-commotion", "condition-of-the-workmanship"); and wherever the curators' expected
    text has them, where its words line up with the phrase's ("brain-computer interface" gives
    "cerebrum-PC interface"). Spaces for hyphens only after a prefix that is no word by itself
    ("pre prepared", "non straight"): two words that a hyphen joined ("message-just") are often
    ordinary English apart ("the error message just before")."""
    seps = [m.start() for m in _SEP.finditer(phrase)]
    if not seps:
        return []
    words = re.split(r"[ -]", phrase)
    aligned = len(words) == len(seps) + 1 and all(re.fullmatch(r"[A-Za-z']+", w) for w in words)

    def spell(choice: dict[int, str]) -> str:
        chars = list(phrase)
        for i, c in choice.items():
            chars[i] = c
        return "".join(chars)

    out: list[str] = []
    if len(seps) == 1 and phrase[seps[0]] == " ":
        out.append(spell({seps[0]: "-"}))
    if aligned:
        unhyphen = {i: " " for n, i in enumerate(seps) if phrase[i] == "-" and words[n].lower() in PREFIXES}
        if unhyphen:
            out.append(spell(unhyphen))
        linked = {i: "-" for n, i in enumerate(seps)
                  if words[n].lower() in LINK_WORDS or words[n + 1].lower() in LINK_WORDS}
        if linked and all(w.lower() not in LINK_WORDS for w in (words[0], words[-1])):
            out.append(spell(linked))
    if expected:
        ew = re.split(r"([ -])", expected.strip())
        esep = ew[1::2]
        if len(esep) == len(seps) and all(re.fullmatch(r"[A-Za-z0-9']+", w) for w in ew[0::2]):
            out.append(spell({i: s for i, s in zip(seps, esep)}))
    return [v for v in dict.fromkeys(out) if v != phrase]


# Prefixes that are no word by themselves: "pre-prepared" is also written "pre prepared".
PREFIXES = ("pre", "non", "multi", "semi", "sub", "anti", "inter", "intra", "hyper", "micro",
            "nano", "macro", "bio", "cyber", "electro", "bi", "tri", "uni", "poly", "mono", "iso")


def condition_variants(term: str) -> list[str]:
    """Spellings of a condition term that say the same: hyphens and spaces swapped, a prefix
    joined ("pre-trained": "pre trained", "pretrained"), the last noun in the other number."""
    out = [term]
    if "-" in term:
        out.append(term.replace("-", " "))
        m = re.match(r"(?i)(%s)-([a-z])" % "|".join(PREFIXES[:9]), term)
        if m:
            out.append(term[: m.end(1)] + term[m.end(1) + 1:])
    elif " " in term and len(term.split()) <= 3:
        out.append(term.replace(" ", "-"))
    out.extend(other_dialect(t) for t in list(out))
    number = term_noun_number(term)
    # a single word keeps its number: "bosom" AND "breast" is not "bosom" AND "breasts", which a
    # novel has ("It crawled across her breasts" beside "in its secret bosom")
    if number and " " in term.strip():
        for t in list(out):
            v = with_last_word_slot(t, number)
            if v:
                out.extend(expand_template(v)[i][0] for i in (0, 1))
    return [v for v in dict.fromkeys(out)]


def expand_template(template: str) -> list[tuple[str, str | None]]:
    """The texts of a template with at most one `<singular|plural>` slot, with "sg"/"pl"."""
    m = re.search(r"<([^<>|]+)\|([^<>|]+)>", template)
    if not m:
        return [(template, None)]
    return [(template[: m.start()] + m.group(1) + template[m.end():], "sg"),
            (template[: m.start()] + m.group(2) + template[m.end():], "pl")]


def render_template(template: str, number: str | None) -> str:
    for text, n in expand_template(template):
        if n is None or n == (number or "sg"):
            return text
    return template


# ------------------------------------------------------------------------------------------------
# A Python model of the matcher (src/text.rs, src/case.rs, src/dialect.rs, src/rules/context.rs):
# used to pick example sentences that the rule test will accept.

_NORM = {
    "\u2019": "'", "\u2018": "'", "\u201b": "'", "\u02bc": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    "\u2010": "-", "\u2011": "-",
}
_DROP = {"\u00ad", "\u200b", "\ufeff"}
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def normalize(s: str) -> str:
    out = []
    in_space = False
    for c in s:
        if c in _DROP:
            continue
        if c in _NORM:
            out.append(_NORM[c])
            in_space = False
        elif c.isspace():
            if not in_space:
                out.append(" ")
            in_space = True
        else:
            out.append(c)
            in_space = False
    return "".join(out)


def is_word_char(c: str) -> bool:
    return c.isalnum() or c in "_-"


def is_whole_word(text: str, start: int, end: int) -> bool:
    inner = text[start:end]
    if not inner:
        return False
    left_ok = not (is_word_char(inner[0]) and start > 0 and is_word_char(text[start - 1]))
    right_ok = not (is_word_char(inner[-1]) and end < len(text) and is_word_char(text[end]))
    return left_ok and right_ok


def ascii_lower(s: str) -> str:
    return s.translate(_ASCII_LOWER)


def find_all(text: str, phrase: str) -> list[tuple[int, int]]:
    """Whole-word, ASCII-case-insensitive occurrences of normalized `phrase` in normalized `text`."""
    t, p = ascii_lower(text), ascii_lower(phrase)
    spans, i = [], t.find(p)
    while i >= 0 and p:
        if is_whole_word(text, i, i + len(p)):
            spans.append((i, i + len(p)))
        i = t.find(p, i + 1)
    return spans


def contains_phrase(text: str, phrase: str) -> bool:
    return bool(find_all(normalize(text), normalize(phrase.strip())))


def doc_contains(text: str, word: str) -> bool:
    """`document` condition: the raw text, lower-cased, contains the word as a whole word."""
    lower = text.lower()
    w = normalize(word.strip()).lower()
    i = lower.find(w)
    while i >= 0 and w:
        if is_whole_word(lower, i, i + len(w)):
            return True
        i = lower.find(w, i + 1)
    return False


def _capitalized(w: str) -> bool:
    for c in w:
        if c.isalpha():
            return c.isupper()
    return False


def _capitalize(w: str) -> str:
    return w[:1].upper() + w[1:] if w else w


def match_case(original: str, replacement: str) -> str:
    letters = [c for c in original if c.isalpha()]
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return replacement.upper()
    words = [w for w in re.split(r"[\s-]", original) if any(c.isalpha() for c in w)]
    if len(words) > 1 and all(_capitalized(w) for w in words):
        return " ".join(_capitalize(w) for w in replacement.split(" "))
    if words and _capitalized(words[0]):
        return _capitalize(replacement)
    return replacement


_DIALECT_PAIRS = [
    ("centre", "center"), ("centres", "centers"), ("defence", "defense"), ("offence", "offense"),
    ("colour", "color"), ("favour", "favor"), ("favourable", "favorable"), ("labour", "labor"),
    ("neighbour", "neighbor"), ("neighbours", "neighbors"), ("neighbouring", "neighboring"),
    ("honour", "honor"), ("behaviour", "behavior"), ("organisation", "organization"),
    ("organisations", "organizations"), ("programme", "program"), ("programmes", "programs"),
    ("theatre", "theater"), ("catalogue", "catalog"), ("travelled", "traveled"),
    ("analyse", "analyze"), ("criticised", "criticized"), ("recognised", "recognized"),
    ("organised", "organized"), ("realised", "realized"), ("authorised", "authorized"),
    ("mobilised", "mobilized"), ("apologised", "apologized"), ("emphasised", "emphasized"),
    ("per cent", "percent"),
]


def _count(lower: str, word: str) -> int:
    n, i = 0, lower.find(word)
    while i >= 0:
        if is_whole_word(lower, i, i + len(word)):
            n += 1
        i = lower.find(word, i + 1)
    return n


def dialect(text: str) -> str:
    lower = text.lower()
    uk = sum(_count(lower, b) for b, _ in _DIALECT_PAIRS)
    us = sum(_count(lower, a) for _, a in _DIALECT_PAIRS)
    return "uk" if uk > us else "us" if us > uk else ""


def is_foreign(suggestion: str, d: str) -> bool:
    lower = suggestion.lower()
    if d == "uk":
        return any(_count(lower, a) for _, a in _DIALECT_PAIRS)
    if d == "us":
        return any(_count(lower, b) for b, _ in _DIALECT_PAIRS)
    return False


# ------------------------------------------------------------------------------------------------
# Rules


def _py(pattern: str) -> str:
    """A condition regex for Python's `re` (every generated regex starts with `(?i)`)."""
    assert pattern.startswith("(?i)")
    return pattern[4:]


@dataclass
class Context:
    document: list[str] = field(default_factory=list)
    before_regex: str | None = None
    after_regex: str | None = None

    def holds_all(self, text: str, start: int, end: int) -> bool:
        return all(self._parts(text, start, end))

    def holds_any(self, text: str, start: int, end: int) -> bool:
        return any(self._parts(text, start, end))

    def _parts(self, text: str, start: int, end: int) -> list[bool]:
        # `text` is the normalized example (plain ASCII examples: the raw text is the same).
        parts = []
        if self.before_regex is not None:
            window = text[max(0, start - 160):start]
            parts.append(re.search(r"(?:" + _py(self.before_regex) + r")\s*$", window, re.I) is not None)
        if self.after_regex is not None:
            window = text[end:end + 160]
            parts.append(re.match(r"\s*(?:" + _py(self.after_regex) + ")", window, re.I) is not None)
        if self.document:
            parts.append(any(doc_contains(text, w) for w in self.document))
        return parts


@dataclass
class Rule:
    id: str
    phrase: str
    message: str
    description: str
    replacements: list[str]
    confidence: float
    fix: str
    when: list[Context] = field(default_factory=list)
    unless: Context | None = None
    case_variants: list[str] | None = None  # exact letter cases to match (CASE_SHAPES)
    flag: list[tuple[str, str | None]] = field(default_factory=list)
    passes: list[str] = field(default_factory=list)
    # The phrases as written to the pack: `phrase` first (with a `<noun|nouns>` slot where the
    # rule has a number variant), then its other spellings; the replacements with their slots.
    templates: list[str] = field(default_factory=list)
    rep_templates: list[str] = field(default_factory=list)
    number: str | None = None  # "sg"/"pl": the number of `phrase` where it has a number variant
    entry: "Entry | None" = None
    corroboration: int = 0

    def phrase_forms(self) -> list[tuple[str, str | None]]:
        """Every concrete phrase with the number its slot took (None: no slot)."""
        out = []
        for t in self.templates or [self.phrase]:
            out.extend(expand_template(t))
        return list(dict.fromkeys(out))

    def hits(self, text: str) -> list[tuple[int, int, str | None]]:
        norm = normalize(text)
        found = []
        for p, number in self.phrase_forms():
            for s, e in find_all(norm, p):
                found.append((s, e, number))
        found.sort(key=lambda h: (h[0], -h[1]))
        out = []
        for s, e, number in found:
            if self.case_variants is not None and norm[s:e] not in self.case_variants:
                continue
            if self.when and not any(c.holds_all(norm, s, e) for c in self.when):
                continue
            if self.unless is not None and self.unless.holds_any(norm, s, e):
                continue
            if out and s < out[-1][1]:
                continue  # overlapping hits of one phrase: the leftmost wins
            out.append((s, e, number))
        return out

    def fixed(self, text: str) -> str | None:
        """The text after the best fix, as `mtlint rules test` computes it (plain ASCII text)."""
        hits = self.hits(text)
        if not hits:
            return None
        d = dialect(text)
        out, last = [], 0
        for s, e, number in hits:
            matched = text[s:e]
            reps = [render_template(r, number) for r in (self.rep_templates or self.replacements)]
            cands = sorted(reps, key=lambda r: is_foreign(r, d))
            best = None
            for r in cands:
                r = match_case(matched, r)
                if r != matched:
                    best = r
                    break
            out.append(text[last:s])
            out.append(best if best is not None else matched)
            last = e
        out.append(text[last:])
        return "".join(out)


# ------------------------------------------------------------------------------------------------
# Reading the data


def read_tsv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    head = rows[0]
    for r in rows[1:]:
        if len(r) != len(head):
            sys.exit(f"{path}: a row has {len(r)} fields, the header {len(head)}: {r!r}")
    return [dict(zip(head, r)) for r in rows[1:]]


def key_of(phrase: str) -> str:
    return ascii_lower(normalize(phrase.strip()))


# Conditions -------------------------------------------------------------------------------------

_TOKEN = re.compile(r'"([^"]*)"(?:~(\d+))?|(\()|(\))|([^\s()"]+)')


@dataclass
class Clause:
    op: str  # AND | NOT
    terms: list[str]  # alternatives (OR)
    proximity: bool = False  # a "a b"~N term: not expressible as a document condition


def parse_condition(cond: str) -> list[Clause]:
    """`AND "x"`, `NOT y`, `AND ("a" OR "b") AND "c"`, `AND optimiz*`, `ADN "GDP"` → clauses."""
    toks: list[tuple[str, str]] = []
    for m in _TOKEN.finditer(cond):
        if m.group(1) is not None:
            toks.append(("prox" if m.group(2) else "q", m.group(1)))
        elif m.group(3):
            toks.append(("(", "("))
        elif m.group(4):
            toks.append((")", ")"))
        else:
            w = m.group(5)
            up = w.upper()
            if up in ("AND", "ADN"):
                toks.append(("op", "AND"))
            elif up == "NOT":
                toks.append(("op", "NOT"))
            elif up == "OR":
                toks.append(("or", "OR"))
            else:
                toks.append(("w", w))
    clauses: list[Clause] = []
    i = 0
    while i < len(toks):
        kind, val = toks[i]
        if kind != "op":
            raise ValueError(f"condition {cond!r}: expected AND/NOT at {val!r}")
        op = val
        i += 1
        terms: list[str] = []
        prox = False
        group = i < len(toks) and toks[i][0] == "("
        if group:
            i += 1
        while i < len(toks):
            k, v = toks[i]
            if k == ")":
                i += 1
                break
            if k == "op" and not group:
                break
            if k == "or":
                i += 1
                continue
            if k == "q":
                terms.append(v)
                i += 1
            elif k == "prox":
                terms.append(v)
                prox = True
                i += 1
            elif k == "w":
                words = []
                while i < len(toks) and toks[i][0] == "w":
                    words.append(toks[i][1])
                    i += 1
                terms.append(" ".join(words))
            else:
                raise ValueError(f"condition {cond!r}: unexpected {v!r}")
            if not group:
                if i < len(toks) and toks[i][0] == "or":
                    continue
                break
        expanded: list[str] = []
        for t in terms:
            if t.endswith("*"):
                if t not in WILDCARDS:
                    sys.exit(f"condition {cond!r}: add the words for {t!r} to WILDCARDS")
                expanded.extend(WILDCARDS[t])
            else:
                expanded.append(t)
        clauses.append(Clause(op, expanded, prox))
    return clauses


# Expected texts ---------------------------------------------------------------------------------

_URL = re.compile(r"https?://\S+|www\.\S+", re.I)
_COMMENT = re.compile(
    r"https?://|pubpeer|please|\bsee\b|paraphras|search and replace|->|\bfound in\b|\bi\.e\.|"
    r"\be\.g\.|\bas in\b|\bvia\b|\bsometimes\b|\bnot\b.*\bbut\b|\bcontext\b|\.\.\.|…|\s=|\(=|^=|"
    r"\bunclear\b|\bnote:|‘[^’]*’|“[^”]*”|\"[^\"]*\"",
    re.I,
)
_ACRONYM_TOKEN = re.compile(r"^[\w\-–+&./']+$")


@dataclass
class Reading:
    """A cleaned expected text."""

    raw: str
    replacements: list[str]  # best first; may be empty
    doubtful: bool  # the curators' text holds a doubt or a comment
    ambiguous: bool  # no clean replacement could be derived unambiguously (fix = none)
    note: str = ""


def is_acronym_paren(content: str, before: str) -> bool:
    """`(SVM)`, `(ReLU)`, `(fc)`, `(Mask R-CNN)`: an abbreviation, not a remark."""
    c = content.strip()
    if not c or "?" in c or len(c) > 14:
        return False
    tokens = c.split()
    if len(tokens) > 2 or not all(_ACRONYM_TOKEN.match(t) for t in tokens):
        return False
    if all(any(ch.isupper() or ch.isdigit() for ch in t) for t in tokens) and any(
        sum(ch.isupper() or ch.isdigit() for ch in t) >= 2 or (len(t) <= 3 and t[:1].isupper()) for t in tokens
    ):
        return True
    # lower-case initials: "fully connected (fc)", "mobile ad hoc network (manet)"
    words = re.findall(r"[A-Za-z0-9]+", before)
    initials = "".join(w[0] for w in words).lower()
    compact = re.sub(r"[^a-z0-9]", "", c.lower())
    return len(tokens) == 1 and len(compact) >= 2 and (
        initials.endswith(compact) or compact in initials or len(compact) <= 4 and compact.isalpha()
        and compact == initials[-len(compact):]
    )


def _tidy(s: str) -> str:
    s = re.sub(r"\s+", " ", s).strip()
    s = re.sub(r"\s+([,;:.])", r"\1", s)
    return s.strip(" ,;:-–")


def _trailing_group(s: str) -> tuple[int, str, str] | None:
    """(start, opener, content) of the balanced `(…)` or `[…]` group that ends `s`, if any."""
    t = s.rstrip()
    if not t or t[-1] not in ")]":
        return None
    depth = 0
    for i in range(len(t) - 1, -1, -1):
        if t[i] in ")]":
            depth += 1
        elif t[i] in "([":
            depth -= 1
            if depth == 0:
                return i, t[i], t[i + 1:-1]
    return None


def _is_doubt_or_comment(text: str) -> bool:
    return "?" in text or bool(_COMMENT.search(text))


def clean_expected(raw: str, tortured: str) -> Reading:
    """The replacements that the curators' expected text stands for (see the module docstring)."""
    s = raw.strip()
    doubtful = False
    if not re.search(r"[A-Za-z0-9]", s.replace("?", "")):
        return Reading(raw, [], True, True, "no reading given")
    # "volume, *velocity, variety*, and veracity": the starred part is the reading; a lone
    # trailing star ("Box-Jenkins method*") marks a footnote.
    m = re.search(r"\*([^*]+)\*", s)
    if m:
        s, doubtful = m.group(1), True
    elif s.endswith("*"):
        s, doubtful = s.rstrip("*"), True
    # A comment after ", see …" or a URL: keep what comes before it.
    m = re.search(r",?\s*\(?\bsee\b.*$", s, flags=re.I)
    if m and m.start() > 0:
        s, doubtful = s[: m.start()], True
    if _URL.search(s):
        s, doubtful = _URL.sub("", s), True
    # Unclosed parenthesis at the end (JSON artefact: "nuclear medicine (nm").
    if s.count("(") > s.count(")"):
        s = s[: s.rfind("(")]
    t_lower = tortured.lower()
    # Trailing groups: an abbreviation goes (the text usually carries it already), an expansion
    # after an abbreviation becomes the reading ("IMD (induction motor drive)"), a remark goes
    # and makes the reading doubtful. A group that the phrase itself has in the same place stays.
    tail = ""
    while True:
        g = _trailing_group(s)
        if g is None:
            break
        i, opener, content = g
        before = s[:i].rstrip()
        if not before or s[i - 1].isalnum():
            break  # "(?)" alone, or a suffix: "autist(ic)"
        if tortured.rstrip().endswith(")" if opener == "(" else "]") and not _is_doubt_or_comment(content):
            # "6th Era (6G)" → "Sixth-Generation (6G)": the same structure as the phrase, kept.
            s, tail = before, " " + s[i:].strip()
            break
        if opener == "(" and is_acronym_paren(content, before):
            s = before
            continue
        if (opener == "(" and re.fullmatch(r"[A-Z][A-Z0-9]{1,7}", before)
                and len(content.split()) >= 2 and not _is_doubt_or_comment(content)):
            s = content
            continue
        s, doubtful = before, True
    # The phrase ends with an abbreviation the reading lost with a remark: "hazard ratio (RR)".
    tg = _trailing_group(tortured)
    if (tg and tg[1] == "(" and not tail and "(" not in s and is_acronym_paren(tg[2], tortured[: tg[0]])
            and re.search(r"[A-Za-z0-9]", s.replace("?", ""))):
        tail = " (" + tg[2] + ")"
    # Inner or leading optional parts: "supervised (machine) learning", "(disease) prognosis",
    # "autist(ic)". Both readings are kept, the shorter first; a group the phrase has stays.
    variants = [s]
    inner = [m for m in re.finditer(r"[(\[]([^()\[\]]*)[)\]]", s) if m.group(0).lower() not in t_lower
             and not (m.group(0).startswith("(") and is_acronym_paren(m.group(1), s[: m.start()]))]
    if inner:
        expansion = all(re.search(r"\b[A-Z][A-Z0-9]{1,7}\s*$", s[: m.start()]) for m in inner)
        doubtful = doubtful or not expansion

        spans = {m.span() for m in inner}
        pattern = re.compile(r"[(\[]([^()\[\]]*)[)\]]")

        def drop(m: re.Match) -> str:
            if m.span() not in spans:
                return m.group(0)
            return "" if m.start() and s[m.start() - 1].isalnum() else " "

        def keep(m: re.Match) -> str:
            return m.group(1) if m.span() in spans else m.group(0)

        without, with_ = _tidy(pattern.sub(drop, s)), _tidy(pattern.sub(keep, s))
        if expansion or _is_doubt_or_comment(with_) or len(with_.split()) > len(without.split()) + 3:
            variants = [without]
        else:
            variants = [without, with_]
    # Doubts: "?", "(?)", "???"; "AND" joining two readings.
    out = []
    for v in variants:
        v = v.rstrip() + tail
        if "?" in v:
            doubtful = True
            v = _tidy(re.sub(r"[(\[]\s*\?+\s*[)\]]|\?+", " ", v))
        if " AND " in v:
            doubtful = True
            v = _tidy(v.split(" AND ")[0])
        out.append(_tidy(v))
    variants = [v for v in dict.fromkeys(out) if re.search(r"[A-Za-z0-9]", re.sub(r"\([^()]*\)", "", v))]
    if not variants:
        return Reading(raw, [], True, True, "no reading given")
    # A comment rather than a replacement.
    if any(_COMMENT.search(v) for v in variants) or any(ch in v for v in variants for ch in "{}<>*"):
        return Reading(raw, [], True, True, "a comment, not a replacement")
    if len(variants[0].split()) > max(8, 2 * len(tortured.split()) + 3):
        return Reading(raw, [], True, True, "too long to be a replacement")
    # "/" alternatives: "heart failure / heart attack" (parallel, split) or "benign cancer/tumor"
    # (which words the slash joins is unclear: shown as written, not applied).
    if "/" in variants[0] and "/" not in tortured:
        parts = [p.strip() for p in re.split(r"\s+/\s+", variants[0])]
        if (len(parts) > 1 and all(parts) and "/" not in "".join(parts)
                and len({len(p.split()) for p in parts}) == 1):
            return Reading(raw, parts, True, False, "alternatives")
        if not re.fullmatch(r"[A-Z0-9]{1,4}/[A-Z0-9]{1,4}", variants[0]):
            return Reading(raw, [variants[0]], True, True, "alternatives separated by “/”")
    return Reading(raw, variants, doubtful, False)


# ------------------------------------------------------------------------------------------------
# Building the rules


def confidence_prior(nb: int | None) -> float:
    """0.60 at 0 papers, 0.72 at 10, 0.83 at 100, 0.95 at 1,000 or more."""
    if nb is None:
        return 0.5
    return 0.6 + 0.35 * min(1.0, math.log10(nb + 1) / 3.0)


def slug(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.lower()
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s[:60].rstrip("-") or "x"


def words_of(phrase: str) -> list[str]:
    """Words for the "at least two words" test: a hyphenated compound counts as its parts."""
    return [w for w in re.split(r"[\s\-‐‑–/]+", phrase) if re.search(r"\w", w)]


def q(s: str) -> str:
    return "“" + s + "”"


def regex_escape(s: str) -> str:
    return "".join("\\" + c if c in "\\.+*?()|[]{}^$#&-~" else c for c in s)


def word_seq_regex(words: list[str]) -> str:
    parts = [regex_escape(w) for w in words]
    out = r"\s+".join(parts)
    if re.match(r"\w", words[0]):
        out = r"\b" + out
    if re.search(r"\w$", words[-1]):
        out += r"\b"
    return out


FILLERS = [
    ("The paper reports ", " in its second section."),
    ("We discuss ", " below."),
    ("Table 2 lists ", " for each run."),
    ("Here ", " appears twice."),
]
COND_TAIL = " It also covers {}."


@dataclass
class Entry:
    key: str
    phrase: str
    readings: list[tuple[Reading, int | None, set[str]]]  # reading, papers, mirrors
    queries: list[str]
    nb: int | None
    json_only: bool
    when_docs: list[str]
    unless_docs: list[str]
    approx: list[str]
    proximity: tuple[list[str], int, str] | None = None  # anchor words, N, "after" | "before"


def build(data: Path, stats: Counter, log: list[str]) -> list[Rule]:
    pairs = read_tsv(data / TSV)
    fps = read_tsv(data / FINGERPRINTS)
    stats["rows in tortured_phrases.tsv"] = len(pairs)
    stats["rows in the fingerprints file"] = len(fps)

    # Fingerprints by tortured term.
    by_term: dict[str, list[dict[str, str]]] = defaultdict(list)
    prox_rows: dict[str, list[dict[str, str]]] = defaultdict(list)
    for r in fps:
        for t in r["tortured_terms"].split(" | "):
            if r["kind"] == "proximity":
                prox_rows[key_of(t)].append(r)
            else:
                by_term[key_of(t)].append(r)

    # Pairs grouped by the normalized tortured phrase.
    groups: dict[str, list[dict[str, str]]] = defaultdict(list)
    for p in pairs:
        groups[key_of(p["tortured"])].append(p)
    stats["dropped: duplicate phrase (merged case-insensitively)"] = len(pairs) - len(groups)

    entries: list[Entry] = []
    for key, rows in groups.items():
        # The phrase as written: prefer a CSV mirror's casing (the JSON mirror is lower case).
        def casing_rank(p):
            return (p["source"] == JSON_MIRROR, p["tortured"] == p["tortured"].lower(), p["tortured"])

        phrase = normalize(sorted(rows, key=casing_rank)[0]["tortured"].strip())
        if any(c in phrase for c in "{}<>"):
            stats["dropped: phrase contains { } < > (template syntax)"] += 1
            log.append(f"braces: {phrase}")
            continue
        if key in prox_rows and not [r for r in by_term.get(key, []) if r["kind"] != "phrase(json)"]:
            stats["dropped: JSON artefact of a proximity fingerprint (kept as proximity rule)"] += 1
            continue
        csv_rows = [r for r in by_term.get(key, []) if r["kind"] != "phrase(json)"]
        mirrors_all = set()
        for p in rows:
            mirrors_all.update(p["source"].split(","))
        json_only = mirrors_all == {JSON_MIRROR}
        nb = max((int(r["nb_retrieved_papers"]) for r in csv_rows if r["nb_retrieved_papers"]), default=None)
        if nb is None and not json_only:
            nb = 0

        readings = []
        for p in rows:
            reading = clean_expected(p["expected"], phrase)
            pnb = max(
                (int(r["nb_retrieved_papers"]) for r in csv_rows
                 if r["nb_retrieved_papers"] and key_of(r["expected"]) == key_of(p["expected"])),
                default=nb,
            )
            readings.append((reading, pnb, set(p["source"].split(","))))

        # Conditions.
        when_docs: list[str] = []
        unless_docs: list[str] = []
        approx: list[str] = []
        plain = any(r["kind"] == "phrase" for r in csv_rows) or not csv_rows
        if not plain:
            any_and_less = False
            for r in csv_rows:
                clauses = parse_condition(r["condition"])
                ands = [c for c in clauses if c.op == "AND" and not c.proximity]
                for c in clauses:
                    if c.op == "NOT":
                        terms = c.terms
                        if c.proximity:
                            # NOT "CHIMe labs Stanford"~5: block on the last word (stricter).
                            terms = [c.terms[0].split()[-1]]
                            approx.append(f"NOT {c.terms[0]!r}~N approximated by NOT {terms[0]!r}")
                        unless_docs.extend(terms)
                    elif c.proximity:
                        approx.append(f"the proximity condition “{c.terms[0]}” is left out")
                if not ands:
                    any_and_less = True
                    continue
                if len(ands) > 1:
                    best = max(ands, key=lambda c: (min(len(t) for t in c.terms), -len(c.terms)))
                    others = [" OR ".join(c.terms) for c in ands if c is not best]
                    approx.append("PPS also requires " + "; ".join(q(o) for o in others) + " (not expressible here)")
                    ands = [best]
                when_docs.extend(ands[0].terms)
            if any_and_less:
                when_docs = []
        # A condition that the phrase itself satisfies is no condition.
        if when_docs and any(doc_contains(phrase, w) for w in when_docs):
            when_docs = []
        when_docs = sorted(set(when_docs), key=lambda w: (w.lower(), w))
        unless_docs = sorted(set(unless_docs), key=lambda w: (w.lower(), w))
        queries = sorted({r["fingerprint_query"] for r in csv_rows if r["fingerprint_query"]})
        entries.append(Entry(key, phrase, readings, queries, nb, json_only, when_docs, unless_docs, approx))

    plain_keys = {e.key for e in entries if not e.when_docs}

    # Proximity fingerprints.
    prox_done: set[str] = set()
    for r in sorted(fps, key=lambda r: (r["fingerprint_query"], r["source"])):
        if r["kind"] != "proximity":
            continue
        m = re.match(r'^"([^"]+)"~(\d+)(.*)$', r["fingerprint_query"])
        if not m:
            continue
        words, n, rest = m.group(1).split(), int(m.group(2)), m.group(3).strip()
        qkey = key_of(m.group(1))
        if qkey in prox_done:
            continue
        prox_done.add(qkey)
        stats["proximity fingerprints (distinct)"] += 1
        same = [x for x in fps if x["kind"] == "proximity" and key_of(x["tortured_terms"]) == qkey]
        expected = same[0]["expected"]
        nb = max(int(x["nb_retrieved_papers"]) for x in same if x["nb_retrieved_papers"])
        # Split the fingerprint into the tortured phrase and its anchor, the real term that must
        # come near it: the trailing words that the expected text also has ("gatherings
        # clustering" → "gatherings" near "clustering"), else the leading ones ("GB Slam" →
        # "Slam" near "GB"), else the last word ("logical growth phage").
        exp_tokens = set(re.findall(r"[\w'-]+", ascii_lower(re.sub(r",?\s*\bsee\b.*$", "", expected))))
        low = [ascii_lower(w) for w in words]
        tail = 0
        while tail < len(words) - 1 and low[len(words) - 1 - tail] in exp_tokens:
            tail += 1
        head = 0
        while head < len(words) - 1 and low[head] in exp_tokens:
            head += 1
        if tail:
            phrase_words, anchor, side = words[:-tail], words[-tail:], "after"
        elif head:
            phrase_words, anchor, side = words[head:], words[:head], "before"
        else:
            phrase_words, anchor, side = words[:-1], words[-1:], "after"
        phrase = " ".join(phrase_words)
        pkey = key_of(phrase)
        if pkey in plain_keys:
            stats["dropped: proximity fingerprint whose phrase is already an unconditioned rule"] += 1
            log.append(f"proximity covered: {r['fingerprint_query']}")
            continue
        reading = clean_expected(expected, phrase)
        # A replacement only where it is well defined for the phrase part alone: the expected
        # text minus the anchor ("disappearing" → "vanishing" next to "gradient problem"), or the
        # whole expected text where the anchor is an acronym that follows ("genuine positive" →
        # "true positive" before "TP"). Where the expected text is the anchor itself
        # ("gatherings" near "clustering") it is shown, not applied.
        reps: list[str] = []
        apply = False
        if reading.replacements and not reading.ambiguous:
            first = reading.replacements[0]
            fw = first.split()
            fl = [ascii_lower(w.strip(",")) for w in fw]
            al = [ascii_lower(a) for a in anchor]
            if side == "after" and len(fw) > len(anchor) and fl[-len(anchor):] == al:
                reps, apply = [_tidy(" ".join(fw[: -len(anchor)]))], True
            elif side == "before" and len(fw) > len(anchor) and fl[: len(anchor)] == al:
                reps, apply = [_tidy(" ".join(fw[len(anchor):]))], True
            elif fl == al:
                reps = [first]
            elif len(anchor) == 1 and re.fullmatch(r"[A-Z]{2,6}", anchor[0]) and not contains_phrase(first, anchor[0]):
                reps, apply = [first], True
        unless_docs = []
        if rest.upper().startswith("NOT "):
            unless_docs = [c for cl in parse_condition(rest) for c in cl.terms]
        e = Entry(pkey, phrase, [(Reading(expected, reps, reading.doubtful, not apply, reading.note), nb, {r["source"]})],
                  [r["fingerprint_query"]], nb, False, [], unless_docs, [], (anchor, n, side))
        entries.append(e)

    # Every phrase PPS has (and every phrase of the skip list): no rule's variant may be one.
    taken = {key_of(k) for k in groups} | {key_of(k) for k in PRECISION_SKIP} | {key_of(k) for k in VARIANT_SKIP}
    for r in fps:
        taken.update(key_of(t) for t in r["tortured_terms"].split(" | "))

    rules: list[Rule] = []
    for e in entries:
        rule = make_rule(e, stats, log, taken)
        if rule is not None:
            rules.append(rule)

    # Unique ids.
    rules.sort(key=lambda r: (r.id, r.phrase))
    seen: Counter = Counter()
    for r in rules:
        base = r.id
        seen[base] += 1
        if seen[base] > 1:
            r.id = f"{base}-{seen[base]}"
    ids = [r.id for r in rules]
    assert len(ids) == len(set(ids)), "duplicate rule ids"
    rules.sort(key=lambda r: r.id)
    # A PPS condition ("pre-prepared" only where the paper also says "pre-trained") also holds where
    # the paper has a tortured form of the condition term ("pre-skilled" for "pre-trained"): in a
    # thoroughly paraphrased paper the established term itself is often tortured too. The forms
    # are the phrases of plain rules (no condition, no gate) whose safe fix is that term.
    tortured_for: dict[str, list[str]] = defaultdict(list)
    for r in rules:
        if (r.fix == "safe" and not r.when and r.corroboration == 0 and r.case_variants is None
                and r.unless is None and r.entry is not None and r.entry.proximity is None):
            for rep in r.replacements[:1]:
                tortured_for[ascii_lower(normalize(rep))].append(r.phrase)
    for r in rules:
        e = r.entry
        if not (e is not None and e.when_docs and e.proximity is None and len(r.when) == 1):
            continue
        own = [t for t, _ in r.phrase_forms()]
        extra = []
        for w in e.when_docs:
            for t in tortured_for.get(ascii_lower(normalize(w)), []):
                if not any(doc_contains(f, t) or doc_contains(t, f) for f in own) and t not in extra:
                    extra.append(t)
        if not extra:
            continue
        saved = (r.when, r.flag, r.passes, r.description)
        r.when = [Context(document=list(dict.fromkeys(r.when[0].document + sorted(extra, key=str.lower))))]
        if make_examples(r, e):
            i = r.description.rfind(" Mirrors: ")
            r.description = (r.description[:i] + " The condition also holds where the text has a tortured form of "
                             "the term (" + ", ".join(q(t) for t in sorted(extra, key=str.lower)[:5])
                             + (", …" if len(extra) > 5 else "") + ")." + r.description[i:])
            stats["conditioned rules whose condition also takes tortured forms of its term"] += 1
        else:
            r.when, r.flag, r.passes, r.description = saved

    # Variants of two rules that spell the same text: the first rule (by id) keeps it.
    owner: dict[str, str] = {}
    for r in rules:
        for t, _ in expand_template(r.templates[0] if r.templates else r.phrase):
            owner.setdefault(key_of(t), r.id)
    for r in rules:
        if r.number and any(owner[key_of(t)] != r.id for t, n in expand_template(r.templates[0]) if n != r.number):
            log.append(f"number variant taken by another rule: {r.phrase}")
            un_number(r)
            assert make_examples(r, r.entry), r.phrase
        kept = r.templates[:1]
        for x in r.templates[1:]:
            keys = [key_of(t) for t, _ in expand_template(x)]
            if any(owner.get(k, r.id) != r.id for k in keys):
                stats["variants: spelling left to another rule's variant"] += 1
                continue
            for k in keys:
                owner[k] = r.id
            kept.append(x)
        r.templates = kept
        note = variant_note(r)
        if note:
            i = r.description.rfind(" Mirrors: ")
            r.description = r.description[:i] + " " + note + r.description[i:]
            stats["rules with variants"] += 1
        if r.number:
            stats["rules with a number variant"] += 1
        stats["variants: phrases matched (all forms)"] += len(r.phrase_forms())

    return rules



def canon(phrase: str) -> str:
    """A phrase with hyphens as spaces and its last noun in the singular: one key for its variants."""
    k = key_of(phrase).replace("-", " ")
    m = re.search(r"([a-z]+)$", k)
    if m and noun_number(m.group(1)) == "pl":
        sg = singular_of(m.group(1))
        if sg:
            k = k[: m.start()] + sg.lower()
    return k


SKIP_CANONS = {canon(k) for k in PRECISION_SKIP if k not in CORROBORATED_SKIP}


def make_variants(phrase: str, replacements: list[str], taken: set[str]) -> tuple[list[str], list[str], str | None]:
    """The phrase templates (the phrase first), replacement templates and number of a rule's
    variants. A spelling whose text another PPS entry has is left to that entry."""
    own = key_of(phrase)
    spelling_only = own in COMMON_WORD_PHRASES or bool(MONEY_RELATED.search(phrase))

    def free(text: str) -> bool:
        k = key_of(text)
        return k == own or k not in taken

    number = None
    m = re.search(r"([A-Za-z]+)$", phrase)
    # a single word (ordinary English with a condition, as a rule: "bosom") keeps its number
    if m and replacements and re.search(r"[\s-]", phrase.strip()) and not spelling_only:
        # the phrase's noun: its endings judged as the term's, except -ing ("gathering" for "group")
        wn = word_noun_number(m.group(1), tuple(x for x in NOT_NOUN_ENDINGS if x != "ing"))
        if wn and all(term_noun_number(r) == wn and with_last_word_slot(r, wn) for r in replacements):
            t = with_last_word_slot(phrase, wn)
            if t and all(free(x) for x, _ in expand_template(t)):
                number = wn
    templates: list[str] = []
    for sp in [phrase] + ([] if spelling_only else hyphen_variants(phrase, replacements[0] if replacements else None)):
        if number:
            t = with_last_word_slot(sp, number)
            if t is not None and all(free(x) for x, _ in expand_template(t)):
                templates.append(t)
        elif free(sp):
            templates.append(sp)
    # The base spelling in the other dialect ("neural organisation" for "neural organization").
    if templates and templates[0] == (with_last_word_slot(phrase, number) if number else phrase):
        alt = other_dialect(templates[0])
        if alt != templates[0] and all(free(x) for x, _ in expand_template(alt)):
            templates.append(alt)
    reps = [with_last_word_slot(r, number) or r for r in replacements] if number else list(replacements)
    return templates, with_dialects(reps), number


def with_dialects(reps: list[str]) -> list[str]:
    """The replacements, then their spellings in the other dialect: the checker puts a spelling
    the document does not use last, so a British paper gets "tumour", an American one "tumor"."""
    out = list(reps)
    for r in reps:
        alt = other_dialect(r)
        if alt != r and not any(ascii_lower(alt) == ascii_lower(x) for x in out):
            out.append(alt)
    return out


def un_number(rule: Rule) -> bool:
    """Drops a rule's number variant (keeps its spellings in the phrase's own number)."""
    if not rule.number:
        return False
    rule.templates = [[t for t, n in expand_template(x) if n in (None, rule.number)][0] for x in rule.templates]
    rule.rep_templates = with_dialects(rule.replacements)
    rule.number = None
    return True


def variant_note(rule: Rule) -> str:
    """The sentence of the description that names a rule's variants ("" if it has none)."""
    parts = []
    if rule.number:
        other = [t for t, n in expand_template(rule.templates[0]) if n != rule.number][0]
        parts.append(("in the plural" if rule.number == "sg" else "in the singular") + f" ({q(other)})")
    spellings = [[t for t, n in expand_template(x) if n in (None, rule.number or "sg")][0] for x in rule.templates[1:]]
    if spellings:
        parts.append("spelt " + " or ".join(q(x) for x in spellings))
    if not parts:
        return ""
    return "Also matched " + " and ".join(parts) + ": the forms a paper writes the phrase in."


def make_rule(e: Entry, stats: Counter, log: list[str], taken: set[str]) -> Rule | None:
    phrase = e.phrase
    conditioned = bool(e.when_docs) or e.proximity is not None
    nwords = len(words_of(phrase))
    single = len(phrase.split()) == 1 and nwords == 1
    rare_single = False

    # Replacements: drop expected texts that hold the phrase (the fix would not settle).
    readings = []
    for reading, nb, mirrors in e.readings:
        if any(key_of(phrase) == key_of(r) or contains_phrase(r, phrase) for r in reading.replacements) or (
            contains_phrase(reading.raw, phrase)
        ):
            continue
        readings.append((reading, nb, mirrors))
    if not readings:
        stats["dropped: tortured phrase equal to or contained in its expected text"] += 1
        log.append(f"self: {phrase} -> {[r.raw for r, _, _ in e.readings]}")
        return None
    gated = ascii_lower(phrase) in CORROBORATED_SKIP
    if ascii_lower(phrase) in PRECISION_SKIP and not gated:
        stats["dropped: precision skip list"] += 1
        return None
    if single and not conditioned:
        if ascii_lower(phrase) in RARE_SINGLE_WORDS:
            rare_single = True
        else:
            stats["dropped: single word without a condition"] += 1
            log.append(f"single: {phrase}")
            return None
    if single and e.approx and any("also requires" in a for a in e.approx):
        stats["dropped: single word whose PPS condition cannot be expressed"] += 1
        log.append(f"single, inexpressible condition: {phrase}")
        return None

    # Order the readings: clean before doubtful, more papers first, then by text.
    readings.sort(key=lambda t: (t[0].ambiguous, t[0].doubtful, -(t[1] or 0), t[0].raw.lower(), t[0].raw))
    best = readings[0][0]
    replacements: list[str] = []
    for reading, _, _ in readings:
        for r in reading.replacements:
            if r and not any(ascii_lower(r) == ascii_lower(x) for x in replacements) and key_of(r) != key_of(phrase):
                replacements.append(r)
    mirrors = sorted(set().union(*(m for _, _, m in readings)))

    # Confidence and fix.
    conf = confidence_prior(e.nb) if not e.json_only else 0.5
    if e.proximity is not None:
        conf -= 0.1
    if best.doubtful:
        conf -= 0.2
    if e.approx:
        conf -= 0.05
    fix = "safe"
    if e.json_only:
        fix = "unsafe"
    if best.doubtful:
        fix = "unsafe"
    if best.ambiguous or not replacements:
        fix = "none"
    if e.proximity is not None:
        fix = "unsafe" if replacements and not best.ambiguous else "none"
    if rare_single:
        conf, fix = 0.4, "none"
    if gated:
        conf -= 0.1
        if fix == "safe":
            fix = "unsafe"
    conf = round(max(0.3, min(0.95, conf)), 2)

    # Message and description.
    raws = [r.raw for r, _, _ in readings]
    if e.proximity is not None:
        anchor, n, _side = e.proximity
        what = f"{q(phrase)} near {q(' '.join(anchor))} is a tortured phrase (paraphrasing-tool output)"
    else:
        what = f"{q(phrase)} is a tortured phrase (paraphrasing-tool output)"
    if replacements and not best.doubtful:
        message = f"{what} for " + " or ".join(q(r) for r in replacements[:3]) + "."
    elif replacements:
        message = f"{what}; the PPS curators read it as {q(best.raw)}."
    elif not re.search(r"[A-Za-z0-9]", best.raw.replace("?", "")):
        message = f"{what}; the PPS curators give no reading ({q(best.raw)})."
    else:
        message = f"{what}; the PPS curators note {q(best.raw)}."
    desc = []
    desc.append("Problematic Paper Screener fingerprint" + ("s " if len(e.queries) > 1 else " ")
                + (", ".join(e.queries) if e.queries else q(phrase) + " (JSON mirror only, no fingerprint)") + ".")
    if e.nb is not None:
        desc.append(f"Papers matched at export: {e.nb}.")
    desc.append("Curators' expected text: " + "; ".join(q(r) for r in raws) + ".")
    if best.doubtful or best.ambiguous:
        desc.append("The curators' text holds a doubt or a comment, so the fix is not applied automatically.")
    if e.json_only:
        desc.append("Only in the newest JSON mirror, which may hold parse artefacts: check before fixing.")
    if e.when_docs:
        desc.append("PPS counts it only when the text also contains " + " or ".join(q(w) for w in e.when_docs) + ".")
    if e.unless_docs:
        desc.append("Not counted when the text contains " + " or ".join(q(w) for w in e.unless_docs) + ".")
    if e.proximity is not None:
        anchor, n, _side = e.proximity
        desc.append(f"Fires only where {q(' '.join(anchor))} comes within {n} words of it.")
    for a in e.approx:
        desc.append(a[0].upper() + a[1:] + ".")
    if rare_single:
        desc.append("A single word: kept because it is no English word, with low confidence and no fix.")
    if gated:
        desc.append(f"Ordinary English elsewhere ({PRECISION_SKIP[ascii_lower(phrase)]}), so it is flagged only in "
                    f"a text where {CORROBORATION} findings of other rules already stand, and never fixed automatically.")
    desc.append("Mirrors: " + ", ".join(m.replace("PPS:", "") for m in mirrors) + ".")

    when: list[Context] = []
    if e.when_docs:
        docs = [v for w in e.when_docs for v in condition_variants(w)]
        when = [Context(document=list(dict.fromkeys(docs)))]
    if e.proximity is not None:
        anchor, n, _side = e.proximity
        seq = word_seq_regex(anchor)
        when = [
            Context(after_regex=r"(?i)(?:\S+\s+){0,%d}\W*%s" % (n, seq)),
            Context(before_regex=r"(?i)%s\W+(?:\S+\s+){0,%d}" % (seq, n)),
        ]
    unless = Context(document=list(e.unless_docs)) if e.unless_docs else None
    local = LOCAL_UNLESS.get(ascii_lower(phrase))
    if local is not None:
        conds, _example, why = local
        unless = Context(document=list(e.unless_docs), before_regex=conds.get("before_regex"),
                         after_regex=conds.get("after_regex"))
        desc.insert(len(desc) - 1, f"Not flagged where it is correct English: {why}.")
        stats["rules with a local unless condition (LOCAL_UNLESS)"] += 1
    case_variants = None
    if ascii_lower(phrase) in CASE_SHAPES:
        low = ascii_lower(phrase)
        case_variants = [low, low[:1].upper() + low[1:], low.upper()]
        desc.insert(len(desc) - 1, "Matched in lower case, sentence case or upper case only: "
                    + CASE_SHAPES[ascii_lower(phrase)] + ".")
        stats["rules matched in exact letter case (CASE_SHAPES)"] += 1

    rule = Rule(
        id="tp-" + slug(phrase) if e.proximity is None else "tp-near-" + slug(phrase + " " + " ".join(e.proximity[0])),
        phrase=phrase,
        message=message,
        description=" ".join(desc),
        replacements=replacements,
        confidence=conf,
        fix=fix,
        when=when,
        unless=unless,
        case_variants=case_variants,
        entry=e,
        corroboration=CORROBORATION if gated else 0,
    )
    if (e.proximity is None and case_variants is None and canon(phrase) not in SKIP_CANONS
            and ascii_lower(phrase) not in LOCAL_UNLESS):
        rule.templates, rule.rep_templates, rule.number = make_variants(phrase, replacements, taken)
    if not make_examples(rule, e) and not (rule.number and un_number(rule) and make_examples(rule, e)):
        stats["dropped: no example sentence could be built"] += 1
        log.append(f"examples: {phrase}")
        return None
    kind = "proximity" if e.proximity else "conditioned" if e.when_docs else "rare single word" if rare_single else "plain"
    stats[f"rules: {kind}"] += 1
    stats[f"rules with fix = {fix}"] += 1
    if e.unless_docs:
        stats["rules with an unless condition"] += 1
    if e.json_only:
        stats["rules only in the JSON mirror"] += 1
    if gated:
        stats["rules from the skip list kept with corroboration (CORROBORATED_SKIP)"] += 1
    return rule


def make_examples(rule: Rule, e: Entry) -> bool:
    """Flag and pass sentences the rule test accepts; False if none could be found."""
    phrase = rule.phrase
    give_fixed = bool(rule.replacements) and rule.fix != "none"
    cond = e.when_docs[0] if e.when_docs else None
    anchor = " ".join(e.proximity[0]) if e.proximity else None
    for pre, post in FILLERS:
        base = pre + phrase + post
        if anchor and e.proximity[2] == "before":
            flag_text = pre + anchor + " " + phrase + post
        elif anchor:
            flag_text = pre + phrase + " (" + anchor + ")" + post
        elif cond:
            flag_text = base + COND_TAIL.format(cond)
        else:
            flag_text = base
        if len(rule.hits(flag_text)) != 1:
            continue
        fixed = rule.fixed(flag_text) if give_fixed else None
        if give_fixed and (fixed is None or rule.hits(fixed) or fixed == flag_text):
            continue
        passes = []
        if rule.replacements:
            passes.append(pre + rule.replacements[0] + post)
        else:
            passes.append(pre + "the standard term" + post)
        if cond or anchor:
            passes.append(base)
        if e.unless_docs:
            passes.append(base[:-1] + ", as in " + e.unless_docs[0] + (COND_TAIL.format(cond) if cond else "."))
        local = LOCAL_UNLESS.get(ascii_lower(phrase))
        if local is not None:
            passes.append(local[1] + (COND_TAIL.format(cond) if cond else ""))
        if rule.case_variants is not None:
            passes.append("The option " + phrase.split()[0] + " " + " ".join(w[:1].upper() + w[1:] for w in phrase.split()[1:])
                          + " describing the file is printed.")
        if any(rule.hits(p) for p in passes):
            continue
        flags = [(flag_text, fixed)]
        if rule.number:
            # The other number: the same sentence with the phrase's last noun inflected.
            other = [t for t, n in expand_template(rule.templates[0]) if n != rule.number][0]
            flag2 = flag_text.replace(pre + phrase, pre + other, 1)
            if flag2 == flag_text or len(rule.hits(flag2)) != 1:
                continue
            fixed2 = rule.fixed(flag2) if give_fixed else None
            if give_fixed and (fixed2 is None or rule.hits(fixed2) or fixed2 == flag2):
                continue
            flags.append((flag2, fixed2))
        rule.flag = flags
        rule.passes = passes
        return True
    return False


# ------------------------------------------------------------------------------------------------
# Writing TOML


def toml_str(s: str) -> str:
    out = ['"']
    for c in s:
        if c == "\\":
            out.append("\\\\")
        elif c == '"':
            out.append('\\"')
        elif c == "\n":
            out.append("\\n")
        elif c == "\t":
            out.append("\\t")
        elif ord(c) < 0x20 or ord(c) == 0x7F:
            out.append("\\u%04X" % ord(c))
        else:
            out.append(c)
    out.append('"')
    return "".join(out)


def toml_list(items: list[str]) -> str:
    return "[" + ", ".join(toml_str(i) for i in items) + "]"


def toml_context(c: Context) -> str:
    parts = []
    if c.before_regex is not None:
        parts.append("before_regex = " + toml_str(c.before_regex))
    if c.after_regex is not None:
        parts.append("after_regex = " + toml_str(c.after_regex))
    if c.document:
        parts.append("document = " + toml_list(c.document))
    return "{ " + ", ".join(parts) + " }"


HEADER = """\
# tortured-science: tortured phrases from the Problematic Paper Screener (PPS).
#
# GENERATED FILE, do not edit by hand: made by scripts/gen_tortured.py from
#   tortured_phrases.tsv and tortured_phrases_pps_fingerprints.tsv
# (shared/data, described in its SOURCES.md: three public mirrors of the PPS fingerprint list by
# Cabanac, Labbé & Magazinov). To change a rule, change the script (its skip lists) and run
#   python3 scripts/gen_tortured.py [path/to/shared/data]
#   mtlint rules test rules/tortured-science.toml
#
# A tortured phrase is what a paraphrasing tool makes of an established term ("profound learning"
# for "deep learning"); PPS uses them to find problematic papers. Each rule flags one phrase and
# suggests the PPS curators' expected text. PPS conditions are kept (`when`: the document must
# also contain the real term; `unless`), single common words and phrases that are ordinary
# English are left out, and doubtful curator readings are never fixed automatically.
"""


def write(rules: list[Rule], out: Path) -> None:
    lines = [HEADER]
    lines.append("[pack]")
    lines.append('id = "tortured-science"')
    lines.append("title = " + toml_str("Tortured phrases: paraphrasing-tool output in scientific writing"))
    lines.append("description = " + toml_str(
        f"{len(rules)} tortured phrases from the Problematic Paper Screener (“profound learning” for "
        "“deep learning”, “bosom” for “breast”), each with the established term the PPS "
        "curators give, with the PPS conditions that keep the check precise."))
    lines.append("source = " + toml_str(
        "Problematic Paper Screener (Cabanac, Labbé & Magazinov 2021, arXiv:2107.06751), tortured-phrase "
        "fingerprints via the mirrors named in shared/data/SOURCES.md (hahuyhoang411/tortured-phrase "
        "data/tortured.csv, KarchuS/tortured-phrase-spotter, giladfeldman/torturedcheck "
        "src/data/tortured-phrases.json); generated by scripts/gen_tortured.py"))
    lines.append("license = " + toml_str(
        "CC BY 4.0 (PPS list as redistributed by giladfeldman/torturedcheck); the CSV mirrors state no "
        "license for the data; messages and examples generated for mtlint"))
    lines.append("")
    for r in rules:
        lines.append("[[rule]]")
        lines.append("id = " + toml_str(r.id))
        lines.append("message = " + toml_str(r.message))
        lines.append("description = " + toml_str(r.description))
        lines.append("phrases = " + toml_list(r.case_variants or r.templates or [r.phrase]))
        if r.case_variants:
            lines.append("case_sensitive = true")
        if r.replacements:
            lines.append("replacements = " + toml_list(r.rep_templates or r.replacements))
        lines.append(f"confidence = {r.confidence:.2f}")
        lines.append("fix = " + toml_str(r.fix))
        lines.append("fuzzy = false")
        if r.corroboration:
            lines.append(f"corroboration = {r.corroboration}")
        if r.when:
            lines.append("when = [" + ", ".join(toml_context(c) for c in r.when) + "]")
        if r.unless is not None:
            lines.append("unless = " + toml_context(r.unless))
        flags = []
        for text, fixed in r.flag:
            f = "{ text = " + toml_str(text)
            if fixed is not None:
                f += ", fixed = " + toml_str(fixed)
            flags.append(f + " }")
        lines.append("flag = [" + ", ".join(flags) + "]")
        lines.append("pass = " + toml_list(r.passes))
        lines.append("")
    out.write_text("\n".join(lines), encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("data", nargs="?", default=str(DEFAULT_DATA), help="folder with the PPS files")
    ap.add_argument("--out", default=str(DEFAULT_OUT), help="where to write the pack")
    ap.add_argument("--stats", action="store_true", help="print what was kept and dropped")
    ap.add_argument("--log", help="write one line per dropped entry to this file")
    args = ap.parse_args()
    data = Path(args.data)
    for name in (TSV, FINGERPRINTS):
        if not (data / name).is_file():
            sys.exit(f"{data / name} not found: give the folder with the PPS files as the first argument")
    stats: Counter = Counter()
    log: list[str] = []
    rules = build(data, stats, log)
    write(rules, Path(args.out))
    if args.stats:
        for k in sorted(stats):
            print(f"{stats[k]:6}  {k}")
        print(f"{len(rules):6}  rules written to {args.out}")
    if args.log:
        Path(args.log).write_text("\n".join(log) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
