//! The project allow list: adding a phrase to (and taking it back from) the `allow` array of
//! `mtlint.toml`. `toml_edit` changes only that array, so the file's comments, order and
//! layout stay as the user wrote them.

use std::path::{Path, PathBuf};

use toml_edit::{Array, DocumentMut, Item, Value};

/// Where a remembered phrase is written: the config file the run uses, else a new
/// `mtlint.toml` in the current folder when the reviewed file lies below it (the project
/// root the user works in), else beside the reviewed file, where the next run finds it.
#[must_use]
pub fn config_path(config: Option<&Path>, reviewed: &Path) -> PathBuf {
    if let Some(c) = config {
        return c.to_path_buf();
    }
    let name = crate::settings::CONFIG_NAMES[0];
    let cwd = std::env::current_dir().ok();
    let file = std::fs::canonicalize(reviewed).ok();
    match (cwd, file) {
        (Some(cwd), Some(file)) if file.starts_with(&cwd) => PathBuf::from(name),
        (_, Some(file)) => file.parent().map_or_else(|| name.into(), |d| d.join(name)),
        _ => PathBuf::from(name),
    }
}

fn allow_array<'a>(doc: &'a mut DocumentMut, origin: &str) -> Result<&'a mut Array, String> {
    let item = doc
        .as_table_mut()
        .entry("allow")
        .or_insert(Item::Value(Value::Array(Array::new())));
    item.as_array_mut()
        .ok_or_else(|| format!("{origin}: `allow` is not a list of phrases; fix it by hand"))
}

fn parse(text: &str, origin: &str) -> Result<DocumentMut, String> {
    text.parse::<DocumentMut>()
        .map_err(|e| format!("{origin} is not valid TOML ({e}); fix it by hand"))
}

/// `text` (a config file's content) with `phrase` in its `allow` list. `None` when the list
/// already holds it (compared without regard to case and spacing).
pub fn add(text: &str, phrase: &str, origin: &str) -> Result<Option<String>, String> {
    let mut doc = parse(text, origin)?;
    let list = allow_array(&mut doc, origin)?;
    let key = super::session::allow_key(phrase);
    if list.iter().any(|v| {
        v.as_str()
            .is_some_and(|s| super::session::allow_key(s) == key)
    }) {
        return Ok(None);
    }
    list.push(phrase);
    Ok(Some(doc.to_string()))
}

/// `text` without `phrase` in its `allow` list (the undo of [`add`]). `None` when it is not there.
pub fn remove(text: &str, phrase: &str, origin: &str) -> Result<Option<String>, String> {
    let mut doc = parse(text, origin)?;
    let list = allow_array(&mut doc, origin)?;
    let key = super::session::allow_key(phrase);
    let Some(at) = list.iter().position(|v| {
        v.as_str()
            .is_some_and(|s| super::session::allow_key(s) == key)
    }) else {
        return Ok(None);
    };
    list.remove(at);
    Ok(Some(doc.to_string()))
}

/// Adds (or with `undo`, removes) `phrase` in the allow list of the config at `path`, creating
/// the file when it does not exist. Returns whether the file changed.
pub fn update(path: &Path, phrase: &str, undo: bool) -> Result<bool, String> {
    let origin = path.display().to_string();
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound && !undo => String::new(),
        Err(e) => return Err(format!("cannot read {origin}: {e}")),
    };
    let new = if undo {
        remove(&text, phrase, &origin)?
    } else {
        add(&text, phrase, &origin)?
    };
    let Some(new) = new else {
        return Ok(false);
    };
    let new = if text.is_empty() {
        format!("# mtlint configuration (`mtlint init` writes a commented one).\n{new}")
    } else {
        new
    };
    std::fs::write(path, new).map_err(|e| format!("cannot write {origin}: {e}"))?;
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn adds_to_an_existing_list_keeping_comments() {
        let text = "# top\nselect = [] # none\n\n# Phrases that are never flagged.\nallow = [\"Navy Motion\"]\n\n[severity]\n# x = \"info\"\n";
        let new = add(text, "performed down", "mtlint.toml").unwrap().unwrap();
        assert_eq!(
            new,
            "# top\nselect = [] # none\n\n# Phrases that are never flagged.\nallow = [\"Navy Motion\", \"performed down\"]\n\n[severity]\n# x = \"info\"\n"
        );
        let c: crate::settings::ConfigFile = toml::from_str(&new).unwrap();
        assert_eq!(c.allow, ["Navy Motion", "performed down"]);
        assert_eq!(add(&new, "Performed  Down", "m").unwrap(), None);
        assert_eq!(
            remove(&new, "performed down", "m").unwrap().as_deref(),
            Some(text)
        );
        assert_eq!(remove(text, "performed down", "m").unwrap(), None);
    }

    #[test]
    fn adds_the_key_before_tables_and_to_the_starter_config() {
        let new = add("[severity]\nfoo = \"info\"\n", "x y", "m")
            .unwrap()
            .unwrap();
        let c: crate::settings::ConfigFile = toml::from_str(&new).unwrap();
        assert_eq!(c.allow, ["x y"]);
        assert!(new.starts_with("allow = [\"x y\"]\n"), "{new}");
        let new = add(crate::settings::STARTER, "x", "m").unwrap().unwrap();
        assert!(new.contains("\nallow = [\"x\"]\n"), "{new}");
        assert_eq!(
            new.lines().count(),
            crate::settings::STARTER.lines().count()
        );
    }

    #[test]
    fn a_broken_file_is_reported_not_overwritten() {
        assert!(
            add("allow = 3\n", "x", "m.toml")
                .unwrap_err()
                .contains("not a list")
        );
        assert!(
            add("allow = [\n", "x", "m.toml")
                .unwrap_err()
                .contains("not valid TOML")
        );
    }

    #[test]
    fn creates_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("mtlint.toml");
        assert!(update(&path, "performed down", false).unwrap());
        let c = crate::settings::read_config(&path).unwrap();
        assert_eq!(c.allow, ["performed down"]);
        assert!(update(&path, "performed down", true).unwrap());
        assert!(
            crate::settings::read_config(&path)
                .unwrap()
                .allow
                .is_empty()
        );
    }
}
