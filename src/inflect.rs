//! Verb inflection for rule phrases: `{perform} down` matches "performs/performed/performing
//! down", and a replacement `{play} down` is put in the same form as the text it replaces.

/// A verb form. The order is the order of [`forms`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Form {
    Base,
    ThirdPerson,
    Past,
    PastParticiple,
    Gerund,
}

pub const ALL_FORMS: [Form; 5] = [
    Form::Base,
    Form::ThirdPerson,
    Form::Past,
    Form::PastParticiple,
    Form::Gerund,
];

/// Irregular verbs: base, past, past participle.
const IRREGULAR: &[(&str, &str, &str)] = &[
    ("arise", "arose", "arisen"),
    ("be", "was", "been"),
    ("bear", "bore", "borne"),
    ("beat", "beat", "beaten"),
    ("become", "became", "become"),
    ("begin", "began", "begun"),
    ("bet", "bet", "bet"),
    ("bind", "bound", "bound"),
    ("bite", "bit", "bitten"),
    ("blow", "blew", "blown"),
    ("break", "broke", "broken"),
    ("bring", "brought", "brought"),
    ("build", "built", "built"),
    ("burst", "burst", "burst"),
    ("buy", "bought", "bought"),
    ("cast", "cast", "cast"),
    ("catch", "caught", "caught"),
    ("choose", "chose", "chosen"),
    ("come", "came", "come"),
    ("cost", "cost", "cost"),
    ("cut", "cut", "cut"),
    ("deal", "dealt", "dealt"),
    ("dig", "dug", "dug"),
    ("do", "did", "done"),
    ("draw", "drew", "drawn"),
    ("drink", "drank", "drunk"),
    ("drive", "drove", "driven"),
    ("eat", "ate", "eaten"),
    ("fall", "fell", "fallen"),
    ("feed", "fed", "fed"),
    ("feel", "felt", "felt"),
    ("fight", "fought", "fought"),
    ("find", "found", "found"),
    ("flee", "fled", "fled"),
    ("fly", "flew", "flown"),
    ("forbid", "forbade", "forbidden"),
    ("forget", "forgot", "forgotten"),
    ("forgive", "forgave", "forgiven"),
    ("freeze", "froze", "frozen"),
    ("get", "got", "got"),
    ("give", "gave", "given"),
    ("go", "went", "gone"),
    ("grow", "grew", "grown"),
    ("hang", "hung", "hung"),
    ("have", "had", "had"),
    ("hear", "heard", "heard"),
    ("hide", "hid", "hidden"),
    ("hit", "hit", "hit"),
    ("hold", "held", "held"),
    ("hurt", "hurt", "hurt"),
    ("keep", "kept", "kept"),
    ("know", "knew", "known"),
    ("lay", "laid", "laid"),
    ("lead", "led", "led"),
    ("leave", "left", "left"),
    ("lend", "lent", "lent"),
    ("let", "let", "let"),
    ("lose", "lost", "lost"),
    ("make", "made", "made"),
    ("mean", "meant", "meant"),
    ("meet", "met", "met"),
    ("overcome", "overcame", "overcome"),
    ("pay", "paid", "paid"),
    ("put", "put", "put"),
    ("quit", "quit", "quit"),
    ("read", "read", "read"),
    ("ride", "rode", "ridden"),
    ("ring", "rang", "rung"),
    ("rise", "rose", "risen"),
    ("run", "ran", "run"),
    ("say", "said", "said"),
    ("see", "saw", "seen"),
    ("seek", "sought", "sought"),
    ("sell", "sold", "sold"),
    ("send", "sent", "sent"),
    ("set", "set", "set"),
    ("shake", "shook", "shaken"),
    ("shoot", "shot", "shot"),
    ("show", "showed", "shown"),
    ("shut", "shut", "shut"),
    ("sing", "sang", "sung"),
    ("sink", "sank", "sunk"),
    ("sit", "sat", "sat"),
    ("sleep", "slept", "slept"),
    ("speak", "spoke", "spoken"),
    ("spend", "spent", "spent"),
    ("split", "split", "split"),
    ("spread", "spread", "spread"),
    ("stand", "stood", "stood"),
    ("steal", "stole", "stolen"),
    ("stick", "stuck", "stuck"),
    ("strike", "struck", "struck"),
    ("swear", "swore", "sworn"),
    ("take", "took", "taken"),
    ("teach", "taught", "taught"),
    ("tear", "tore", "torn"),
    ("tell", "told", "told"),
    ("think", "thought", "thought"),
    ("throw", "threw", "thrown"),
    ("undertake", "undertook", "undertaken"),
    ("understand", "understood", "understood"),
    ("upset", "upset", "upset"),
    ("wake", "woke", "woken"),
    ("wear", "wore", "worn"),
    ("win", "won", "won"),
    ("withdraw", "withdrew", "withdrawn"),
    ("write", "wrote", "written"),
];

fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u')
}

/// Whether a final consonant doubles before -ed/-ing: one-syllable consonant–vowel–consonant verbs
/// ("stop", "plan"), but not those ending in w, x or y.
fn doubles_final(verb: &str) -> bool {
    let chars: Vec<char> = verb.chars().collect();
    let n = chars.len();
    if n < 3 {
        return false;
    }
    let (a, b, c) = (chars[n - 3], chars[n - 2], chars[n - 1]);
    let vowel_groups = chars
        .iter()
        .enumerate()
        .filter(|&(i, &ch)| is_vowel(ch) && (i == 0 || !is_vowel(chars[i - 1])))
        .count();
    vowel_groups == 1
        && !is_vowel(a)
        && is_vowel(b)
        && !is_vowel(c)
        && !matches!(c, 'w' | 'x' | 'y')
}

/// The five forms of `verb` (given in its base form), in the order of [`ALL_FORMS`].
#[must_use]
pub fn forms(verb: &str) -> [String; 5] {
    let v = verb;
    let third = if v == "have" {
        "has".to_string()
    } else if v == "be" {
        "is".to_string()
    } else if v.ends_with('s')
        || v.ends_with('x')
        || v.ends_with('z')
        || v.ends_with("ch")
        || v.ends_with("sh")
        || v == "go"
        || v == "do"
    {
        format!("{v}es")
    } else if v.ends_with('y') && !v[..v.len() - 1].ends_with(is_vowel) {
        format!("{}ies", &v[..v.len() - 1])
    } else {
        format!("{v}s")
    };
    let gerund = if let Some(stem) = v.strip_suffix("ie") {
        format!("{stem}ying")
    } else if v.ends_with('e') && !v.ends_with("ee") && v != "be" {
        format!("{}ing", &v[..v.len() - 1])
    } else if doubles_final(v) || v == "begin" || v == "forget" || v == "upset" {
        format!("{v}{}ing", &v[v.len() - 1..])
    } else {
        format!("{v}ing")
    };
    let (past, participle) = if let Some(&(_, p, pp)) = IRREGULAR.iter().find(|e| e.0 == v) {
        (p.to_string(), pp.to_string())
    } else {
        let ed = if v.ends_with('e') {
            format!("{v}d")
        } else if v.ends_with('y') && !v[..v.len() - 1].ends_with(is_vowel) {
            format!("{}ied", &v[..v.len() - 1])
        } else if doubles_final(v) {
            format!("{v}{}ed", &v[v.len() - 1..])
        } else {
            format!("{v}ed")
        };
        (ed.clone(), ed)
    };
    [v.to_string(), third, past, participle, gerund]
}

/// The form of `verb` at `form`.
#[must_use]
pub fn inflect(verb: &str, form: Form) -> String {
    let all = forms(verb);
    let i = ALL_FORMS.iter().position(|&f| f == form).unwrap_or(0);
    all[i].clone()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regular_and_irregular_forms() {
        assert_eq!(
            forms("perform"),
            [
                "perform",
                "performs",
                "performed",
                "performed",
                "performing"
            ]
        );
        assert_eq!(
            forms("play"),
            ["play", "plays", "played", "played", "playing"]
        );
        assert_eq!(forms("tell"), ["tell", "tells", "told", "told", "telling"]);
        assert_eq!(
            forms("begin"),
            ["begin", "begins", "began", "begun", "beginning"]
        );
        assert_eq!(forms("have"), ["have", "has", "had", "had", "having"]);
        assert_eq!(
            forms("stop"),
            ["stop", "stops", "stopped", "stopped", "stopping"]
        );
        assert_eq!(forms("try"), ["try", "tries", "tried", "tried", "trying"]);
        assert_eq!(
            forms("consider"),
            [
                "consider",
                "considers",
                "considered",
                "considered",
                "considering"
            ]
        );
        assert_eq!(forms("reduce")[4], "reducing");
        assert_eq!(forms("push")[1], "pushes");
        assert_eq!(forms("see")[4], "seeing");
    }

    #[test]
    fn inflect_picks_the_form() {
        assert_eq!(inflect("play", Form::Gerund), "playing");
        assert_eq!(inflect("tell", Form::Past), "told");
    }
}
