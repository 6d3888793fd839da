//! Keyboard input. The review reads single keys in raw mode through `crossterm`: it is the
//! most widely used and maintained terminal crate in Rust, works in any plain terminal
//! (no full-screen UI or alternate screen is needed: screens are printed as lines, so an
//! 80×24 terminal and its scroll-back work as usual) and restores the terminal mode on drop.
//! Richer crates (ratatui, dialoguer, inquire) would add a widget layer the review does not
//! need. Everything above the [`Keys`] trait is independent of the terminal.

use std::io::{self, Write};

/// A key the review acts on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    Char(char),
    Enter,
    Backspace,
    Esc,
    /// Ctrl-C or Ctrl-D.
    Interrupt,
    Other,
}

/// Where keys come from.
pub trait Keys {
    /// The next key press (blocks).
    fn key(&mut self) -> io::Result<Key>;
}

/// The terminal in raw mode for as long as it lives.
pub struct RawTerminal(());

impl RawTerminal {
    /// Switches the terminal to raw mode (single keys, no echo).
    pub fn enable() -> io::Result<Self> {
        crossterm::terminal::enable_raw_mode()?;
        Ok(Self(()))
    }
}

impl Drop for RawTerminal {
    fn drop(&mut self) {
        let _ = crossterm::terminal::disable_raw_mode();
    }
}

impl Keys for RawTerminal {
    fn key(&mut self) -> io::Result<Key> {
        use crossterm::event::{Event, KeyCode, KeyEventKind, KeyModifiers, read};
        loop {
            let Event::Key(k) = read()? else {
                continue;
            };
            if k.kind == KeyEventKind::Release {
                continue;
            }
            let ctrl = k.modifiers.contains(KeyModifiers::CONTROL);
            return Ok(match k.code {
                KeyCode::Char('c' | 'd') if ctrl => Key::Interrupt,
                KeyCode::Char(c) if !ctrl => Key::Char(c),
                KeyCode::Enter => Key::Enter,
                KeyCode::Backspace => Key::Backspace,
                KeyCode::Esc => Key::Esc,
                _ => Key::Other,
            });
        }
    }
}

/// The terminal size in columns, 80 when it cannot be told (a pseudo-terminal may say 0).
#[must_use]
pub fn width() -> usize {
    match crossterm::terminal::size() {
        Ok((w, _)) if w > 0 => usize::from(w).max(20),
        _ => 80,
    }
}

/// The terminal size in rows, 24 when it cannot be told.
#[must_use]
pub fn height() -> usize {
    match crossterm::terminal::size() {
        Ok((_, h)) if h > 0 => usize::from(h),
        _ => 24,
    }
}

/// Writes `s` for a terminal in raw mode, where a line feed does not return the carriage.
pub fn show(out: &mut dyn Write, s: &str) -> io::Result<()> {
    out.write_all(s.replace("\r\n", "\n").replace('\n', "\r\n").as_bytes())?;
    out.flush()
}

/// Clears the screen and puts the cursor at the top left.
pub fn clear(out: &mut dyn Write) -> io::Result<()> {
    show(out, "\x1b[2J\x1b[H")
}

/// Reads a line of text after `prompt`, echoing it, with Backspace; Enter returns it, Esc
/// or Ctrl-C return `None`.
pub fn read_line(
    keys: &mut dyn Keys,
    out: &mut dyn Write,
    prompt: &str,
) -> io::Result<Option<String>> {
    show(out, prompt)?;
    let mut line = String::new();
    loop {
        match keys.key()? {
            Key::Enter => {
                show(out, "\n")?;
                return Ok(Some(line));
            }
            Key::Esc | Key::Interrupt => {
                show(out, "\n")?;
                return Ok(None);
            }
            Key::Backspace => {
                if line.pop().is_some() {
                    show(out, "\x08 \x08")?;
                }
            }
            Key::Char(c) => {
                line.push(c);
                show(out, c.encode_utf8(&mut [0; 4]))?;
            }
            Key::Other => {}
        }
    }
}

/// Asks a question answered with one of `answers` (lower-case letters); Esc and Ctrl-C
/// answer `None`. Other keys are ignored.
pub fn ask(
    keys: &mut dyn Keys,
    out: &mut dyn Write,
    question: &str,
    answers: &[char],
) -> io::Result<Option<char>> {
    show(out, question)?;
    loop {
        match keys.key()? {
            Key::Char(c) if answers.contains(&c.to_ascii_lowercase()) => {
                show(out, &format!("{c}\n"))?;
                return Ok(Some(c.to_ascii_lowercase()));
            }
            Key::Esc | Key::Interrupt => {
                show(out, "\n")?;
                return Ok(None);
            }
            _ => {}
        }
    }
}

#[cfg(test)]
pub mod scripted {
    //! Keys from a script, for tests of the review flow without a terminal.
    use super::{Key, Keys};

    pub struct Script(pub std::collections::VecDeque<Key>);

    impl Script {
        /// Each char a key; `\n` Enter, `\x1b` Esc, `\x08` Backspace.
        pub fn new(s: &str) -> Self {
            Self(
                s.chars()
                    .map(|c| match c {
                        '\n' => Key::Enter,
                        '\x1b' => Key::Esc,
                        '\x08' => Key::Backspace,
                        c => Key::Char(c),
                    })
                    .collect(),
            )
        }
    }

    impl Keys for Script {
        fn key(&mut self) -> std::io::Result<Key> {
            self.0.pop_front().ok_or_else(|| {
                std::io::Error::new(std::io::ErrorKind::UnexpectedEof, "script ended")
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::scripted::Script;
    use super::*;

    #[test]
    fn line_editor_backspace_enter_and_esc() {
        let mut out = Vec::new();
        let line = read_line(&mut Script::new("abx\x08c\n"), &mut out, "> ").unwrap();
        assert_eq!(line.as_deref(), Some("abc"));
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "> abx\x08 \x08c\r\n",
            "raw mode needs carriage returns"
        );
        let line = read_line(&mut Script::new("ab\x1b"), &mut Vec::new(), "> ").unwrap();
        assert_eq!(line, None);
        let line = read_line(&mut Script::new("\x08é\n"), &mut Vec::new(), "> ").unwrap();
        assert_eq!(line.as_deref(), Some("é"));
    }

    #[test]
    fn questions_take_only_their_answers() {
        let mut out = Vec::new();
        let a = ask(&mut Script::new("xzY"), &mut out, "ok? y/n ", &['y', 'n']).unwrap();
        assert_eq!(a, Some('y'));
        assert_eq!(String::from_utf8(out).unwrap(), "ok? y/n Y\r\n");
        let a = ask(&mut Script::new("\x1b"), &mut Vec::new(), "?", &['y']).unwrap();
        assert_eq!(a, None);
        assert!(ask(&mut Script::new(""), &mut Vec::new(), "?", &['y']).is_err());
    }
}
