//! Faults: files that vanish, change, cannot be written or are not text; interrupted runs;
//! symbolic links; hostile rule files and outputs. Each test checks the exit status, that the
//! message names the file and says what to do, and that no other file changed.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use crate::util::{Run, mtlint_in};

/// A line with two safe fixes, and the line they give.
const SPUN: &str = "The Kremlin performed down hopes, and Peskov instructed reporters.\n";
const FIXED: &str = "The Kremlin played down hopes, and Peskov told reporters.\n";

fn write(path: &Path, bytes: impl AsRef<[u8]>) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, bytes).unwrap();
}

fn read(path: &Path) -> Vec<u8> {
    std::fs::read(path).unwrap()
}

fn fix(dir: &Path, args: &[&str]) -> Run {
    let mut all = vec!["check", "--fix"];
    all.extend_from_slice(args);
    mtlint_in(dir, &all, "", &[])
}

/// Every file below `dir` whose name marks it as a temporary file of `--fix`.
fn temp_files(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let e = e.unwrap();
            let name = e.file_name().to_string_lossy().to_string();
            if e.file_type().unwrap().is_dir() {
                stack.push(e.path());
            } else if name.starts_with(mtlint::fix::TEMP_PREFIX) || name.starts_with(".tmp") {
                found.push(e.path());
            }
        }
    }
    found
}

/// Runs `chattr FLAG path`; false where the file system or the user does not allow it.
fn chattr(flag: &str, path: &Path) -> bool {
    Command::new("chattr")
        .arg(flag)
        .arg(path)
        .output()
        .is_ok_and(|o| o.status.success())
}

/// Clears the immutable attribute again, so the temporary folder can be removed.
struct Immutable(PathBuf);

impl Drop for Immutable {
    fn drop(&mut self) {
        chattr("-i", &self.0);
    }
}

/// Whether this process can write into a folder without write permission (root can).
fn permissions_are_ignored() -> bool {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let sub = dir.path().join("ro");
    std::fs::create_dir(&sub).unwrap();
    std::fs::set_permissions(&sub, std::fs::Permissions::from_mode(0o555)).unwrap();
    let ignored = std::fs::write(sub.join("x"), "x").is_ok();
    std::fs::set_permissions(&sub, std::fs::Permissions::from_mode(0o755)).unwrap();
    ignored
}

#[test]
fn write_atomic_refuses_a_file_deleted_or_changed_since_it_was_read() {
    let dir = tempfile::tempdir().unwrap();
    let other = dir.path().join("other.txt");
    write(&other, SPUN);

    // Deleted between read and write: not recreated.
    let gone = dir.path().join("gone.txt");
    let e = mtlint::fix::write_atomic(&gone, SPUN.as_bytes(), FIXED.as_bytes())
        .unwrap_err()
        .to_string();
    assert!(e.starts_with(&gone.display().to_string()), "{e}");
    assert!(e.contains("deleted while it was checked"), "{e}");
    assert!(!gone.exists());

    // Changed between read and write (someone saved it meanwhile): their text stays.
    let changed = dir.path().join("changed.txt");
    write(&changed, "Someone else's edit.\n");
    let e = mtlint::fix::write_atomic(&changed, SPUN.as_bytes(), FIXED.as_bytes())
        .unwrap_err()
        .to_string();
    assert!(e.starts_with(&changed.display().to_string()), "{e}");
    assert!(
        e.contains("changed on disk") && e.contains("run again"),
        "{e}"
    );
    assert_eq!(read(&changed), b"Someone else's edit.\n");

    // Made a folder meanwhile.
    let folder = dir.path().join("folder.txt");
    std::fs::create_dir(&folder).unwrap();
    let e = mtlint::fix::write_atomic(&folder, SPUN.as_bytes(), FIXED.as_bytes())
        .unwrap_err()
        .to_string();
    assert!(e.contains("no longer a regular file"), "{e}");

    // The same old text is written.
    let same = dir.path().join("same.txt");
    write(&same, SPUN);
    mtlint::fix::write_atomic(&same, SPUN.as_bytes(), FIXED.as_bytes()).unwrap();
    assert_eq!(read(&same), FIXED.as_bytes());
    assert_eq!(read(&other), SPUN.as_bytes(), "no other file changed");
    assert!(temp_files(dir.path()).is_empty());
}

#[test]
fn read_only_files_are_not_fixed_and_the_others_are() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let ro = dir.path().join("a-readonly.txt");
    let ok = dir.path().join("b-ok.txt");
    write(&ro, SPUN);
    write(&ok, SPUN);
    std::fs::set_permissions(&ro, std::fs::Permissions::from_mode(0o444)).unwrap();
    // An immutable file (chattr +i): its permission bits allow writing, the kernel does not,
    // even to root.
    let frozen = dir.path().join("c-immutable.txt");
    write(&frozen, SPUN);
    let immutable = chattr("+i", &frozen).then(|| Immutable(frozen.clone()));
    if immutable.is_none() {
        eprintln!("chattr +i not available here: the immutable-file case is not run");
        std::fs::remove_file(&frozen).unwrap();
    }

    let run = fix(dir.path(), &["."]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(
        run.stderr.contains(
            "a-readonly.txt: fixes not written: the file is read-only; make it writable (chmod u+w) and run again; the file is left as it was"
        ),
        "{}",
        run.stderr
    );
    assert_eq!(read(&ro), SPUN.as_bytes());
    assert_eq!(read(&ok), FIXED.as_bytes(), "the other file is still fixed");
    if immutable.is_some() {
        assert!(
            run.stderr
                .contains("c-immutable.txt: fixes not written: cannot"),
            "{}",
            run.stderr
        );
        assert!(run.stderr.contains("the file is left as it was"));
        assert_eq!(read(&frozen), SPUN.as_bytes());
    }
    assert!(temp_files(dir.path()).is_empty());
}

#[test]
fn a_read_only_folder_stops_its_files_only() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let locked = dir.path().join("locked");
    let inside = locked.join("inside.txt");
    let outside = dir.path().join("outside.txt");
    write(&inside, SPUN);
    write(&outside, SPUN);
    // Without write permission on the folder no temporary file can be made in it; root ignores
    // permission bits, so there the folder is made immutable instead.
    let _guard = if permissions_are_ignored() {
        if !chattr("+i", &locked) {
            eprintln!("running as root without chattr: read-only folder case not run");
            return;
        }
        Some(Immutable(locked.clone()))
    } else {
        std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o555)).unwrap();
        None
    };
    let run = fix(dir.path(), &["."]);
    if _guard.is_none() {
        std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    assert_eq!(run.code, 2, "{run:?}");
    assert!(
        run.stderr
            .contains("inside.txt: fixes not written: cannot create a temporary file next to it")
            && run.stderr.contains("permissions of")
            && run.stderr.contains("the file is left as it was"),
        "{}",
        run.stderr
    );
    assert_eq!(read(&inside), SPUN.as_bytes());
    assert_eq!(read(&outside), FIXED.as_bytes());
    assert!(temp_files(dir.path()).is_empty());
}

/// A file of about `bytes` with findings all through it, and what `--fix` makes of it.
fn big_spun(bytes: usize) -> (String, String) {
    let n = bytes / SPUN.len() + 1;
    (SPUN.repeat(n), FIXED.repeat(n))
}

/// A small tmpfs mounted for one test, unmounted when dropped; `None` where mounting is not
/// allowed.
struct Tmpfs(PathBuf);

impl Tmpfs {
    fn mount(at: &Path, size: &str) -> Option<Self> {
        std::fs::create_dir_all(at).unwrap();
        let ok = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
            .arg(at)
            .output()
            .is_ok_and(|o| o.status.success());
        ok.then(|| Tmpfs(at.to_path_buf()))
    }
}

impl Drop for Tmpfs {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(&self.0).output();
    }
}

#[test]
fn a_full_disk_leaves_the_original_intact() {
    let dir = tempfile::tempdir().unwrap();
    let (spun, fixed) = big_spun(40_000);
    let small = dir.path().join("small.txt");
    write(&small, SPUN);

    // 1. A real full file system: a 64 KiB tmpfs holding a 40 KB file has no room for its
    //    fixed copy (needs root and `mount`).
    let disk = dir.path().join("disk");
    match Tmpfs::mount(&disk, "64k") {
        Some(_mounted) => {
            let big = disk.join("big.txt");
            write(&big, &spun);
            let run = fix(dir.path(), &["disk/big.txt", "small.txt"]);
            assert_eq!(run.code, 2, "{run:?}");
            assert!(
                run.stderr
                    .contains("big.txt: fixes not written: cannot write the fixed text")
                    && run.stderr.contains("check the free space"),
                "{}",
                run.stderr
            );
            assert_eq!(read(&big), spun.as_bytes());
            assert!(temp_files(&disk).is_empty(), "the partial copy is removed");
            assert_eq!(read(&small), FIXED.as_bytes());
            write(&small, SPUN);
        }
        None => eprintln!("mount not allowed: the tmpfs case is not run"),
    }

    // 2. A file size limit (`ulimit -f`, SIGXFSZ ignored): the write fails with EFBIG after
    //    the first 8 KiB, anywhere and for anyone.
    let big = dir.path().join("big.txt");
    write(&big, &spun);
    let out = Command::new("sh")
        .arg("-c")
        .arg(r#"trap '' XFSZ; ulimit -f 16; exec "$0" check --fix big.txt small.txt"#)
        .arg(env!("CARGO_BIN_EXE_mtlint"))
        .current_dir(dir.path())
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("big.txt: fixes not written: cannot write the fixed text (File too large"),
        "{stderr}"
    );
    assert_eq!(read(&big), spun.as_bytes());
    assert_eq!(read(&small), FIXED.as_bytes());
    assert!(temp_files(dir.path()).is_empty());
    let _ = fixed;
}

/// `count` files with findings in `dir`, each of about `bytes`.
fn many_files(dir: &Path, count: usize, bytes: usize) -> (String, String) {
    let (spun, fixed) = big_spun(bytes);
    for i in 0..count {
        write(&dir.join(format!("f{i:04}.txt")), &spun);
    }
    (spun, fixed)
}

/// Starts `mtlint check --fix .` in `dir` and waits until the first file is written (the
/// folder's modification time moves when a temporary file is made in it).
fn start_fix_and_wait_for_a_write(dir: &Path) -> std::process::Child {
    let before = std::fs::metadata(dir).unwrap().modified().unwrap();
    let child = Command::new(env!("CARGO_BIN_EXE_mtlint"))
        .args(["check", "--fix", "."])
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let started = Instant::now();
    while std::fs::metadata(dir).unwrap().modified().unwrap() == before {
        assert!(
            started.elapsed() < Duration::from_secs(120),
            "no write began"
        );
        std::thread::sleep(Duration::from_millis(1));
    }
    child
}

/// Every file is the old or the new text, never a mix; returns how many are new.
fn old_or_new(dir: &Path, count: usize, spun: &str, fixed: &str) -> usize {
    (0..count)
        .filter(|i| {
            let text = read(&dir.join(format!("f{i:04}.txt")));
            assert!(
                text == spun.as_bytes() || text == fixed.as_bytes(),
                "f{i:04}.txt is neither old nor new ({} bytes)",
                text.len()
            );
            text == fixed.as_bytes()
        })
        .count()
}

#[test]
fn ctrl_c_during_fix_leaves_whole_files_and_no_temporary_file() {
    let dir = tempfile::tempdir().unwrap();
    let count = 200;
    let (spun, fixed) = many_files(dir.path(), count, 10_000);
    let child = start_fix_and_wait_for_a_write(dir.path());
    let pid = child.id().to_string();
    assert!(
        Command::new("kill")
            .args(["-INT", &pid])
            .status()
            .unwrap()
            .success()
    );
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(130), "{stderr}");
    assert!(
        stderr.contains("interrupted; files already fixed stay fixed"),
        "{stderr}"
    );
    let new = old_or_new(dir.path(), count, &spun, &fixed);
    assert!(
        new > 0 && new < count,
        "{new} of {count} fixed: not interrupted mid-way"
    );
    assert_eq!(temp_files(dir.path()), Vec::<PathBuf>::new());
    // A second run finishes the job.
    let run = fix(dir.path(), &["."]);
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(old_or_new(dir.path(), count, &spun, &fixed), count);
}

#[test]
fn sigkill_during_fix_leaves_whole_files() {
    let dir = tempfile::tempdir().unwrap();
    let count = 200;
    let (spun, fixed) = many_files(dir.path(), count, 10_000);
    let mut child = start_fix_and_wait_for_a_write(dir.path());
    child.kill().unwrap();
    child.wait().unwrap();
    let new = old_or_new(dir.path(), count, &spun, &fixed);
    assert!(new < count, "{new} of {count} fixed: not killed mid-way");
    // SIGKILL cannot be caught: a temporary file being written at that instant stays. It is
    // hidden and named so that folder walks skip it; the next run does not check it.
    let left = temp_files(dir.path());
    for t in &left {
        let name = t.file_name().unwrap().to_string_lossy().to_string();
        assert!(
            name.starts_with(mtlint::fix::TEMP_PREFIX) && name.ends_with(mtlint::fix::TEMP_SUFFIX),
            "{name}"
        );
    }
    eprintln!(
        "SIGKILL after a write began: {new} of {count} files fixed, {} temporary files left",
        left.len()
    );
    let run = mtlint_in(
        dir.path(),
        &["check", "--fix", "--format", "json", "."],
        "",
        &[],
    );
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(
        json["scores"].as_array().map(Vec::len),
        Some(count),
        "{}",
        run.stderr
    );
    assert_eq!(old_or_new(dir.path(), count, &spun, &fixed), count);
}

#[test]
fn symlinks_in_a_walk_are_not_followed_and_loops_do_not_hang() {
    use std::os::unix::fs::symlink;
    let outside = tempfile::tempdir().unwrap();
    let target = outside.path().join("target.txt");
    write(&target, SPUN);
    let target_dir = outside.path().join("dir");
    write(&target_dir.join("deep.txt"), SPUN);

    let dir = tempfile::tempdir().unwrap();
    let tree = dir.path().join("tree");
    write(&tree.join("own.txt"), SPUN);
    symlink(&target, tree.join("link.txt")).unwrap();
    symlink(&target_dir, tree.join("linked-dir")).unwrap();
    symlink(&tree, tree.join("loop")).unwrap();
    symlink("dangling-nowhere.txt", tree.join("dangling.txt")).unwrap();

    let started = Instant::now();
    let run = mtlint_in(
        dir.path(),
        &["check", "--fix", "--format", "json", "tree"],
        "",
        &[],
    );
    assert!(started.elapsed() < Duration::from_secs(60));
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let files: Vec<&str> = json["scores"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["path"].as_str().unwrap())
        .collect();
    assert_eq!(files, ["tree/own.txt"], "{}", run.stderr);
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(read(&tree.join("own.txt")), FIXED.as_bytes());
    assert_eq!(
        read(&target),
        SPUN.as_bytes(),
        "the file outside is not written"
    );
    assert_eq!(read(&target_dir.join("deep.txt")), SPUN.as_bytes());
    assert!(
        std::fs::symlink_metadata(tree.join("link.txt"))
            .unwrap()
            .file_type()
            .is_symlink()
    );
}

#[test]
fn fix_does_not_write_through_a_symlink_named_on_the_command_line() {
    use std::os::unix::fs::symlink;
    let outside = tempfile::tempdir().unwrap();
    let target = outside.path().join("target.txt");
    write(&target, SPUN);
    let dir = tempfile::tempdir().unwrap();
    symlink(&target, dir.path().join("link.txt")).unwrap();
    write(&dir.path().join("own.txt"), SPUN);

    // Checking reads through the link: the user named it.
    let run = mtlint_in(dir.path(), &["check", "link.txt"], "", &[]);
    assert_eq!(run.code, 1, "{run:?}");
    assert!(run.stdout.contains("link.txt:1:13"), "{}", run.stdout);

    let run = fix(dir.path(), &["link.txt", "own.txt"]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(
        run.stderr.contains("link.txt: fixes not written: it is a symbolic link, and --fix does not write through links; run it on the file the link points to"),
        "{}",
        run.stderr
    );
    assert_eq!(read(&target), SPUN.as_bytes());
    assert!(
        std::fs::symlink_metadata(dir.path().join("link.txt"))
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert_eq!(read(&dir.path().join("own.txt")), FIXED.as_bytes());
}

/// UTF-16 of `text` (which starts with its byte-order mark, U+FEFF).
fn utf16(text: &str, big_endian: bool) -> Vec<u8> {
    assert!(text.starts_with('\u{feff}'));
    let mut out = Vec::new();
    for u in text.encode_utf16() {
        out.extend(if big_endian {
            u.to_be_bytes()
        } else {
            u.to_le_bytes()
        });
    }
    out
}

#[test]
fn odd_files_are_checked_or_reported_and_fixed_byte_for_byte() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let crlf = SPUN.replace('\n', "\r\n").repeat(2);
    let no_newline = SPUN.trim_end();
    let bom = format!("\u{feff}{SPUN}");
    let cases: Vec<(&str, Vec<u8>)> = vec![
        ("a-empty.txt", Vec::new()),
        (
            "b-binary.txt",
            b"The Kremlin performed\0down hopes.\n".to_vec(),
        ),
        (
            "c-latin1.txt",
            b"Caf\xe9: the Kremlin performed down hopes.\n".to_vec(),
        ),
        ("d-bom.txt", bom.clone().into_bytes()),
        ("e-utf16le.txt", utf16(&bom, false)),
        (
            "f-utf16be.txt",
            utf16(&format!("\u{feff}x\r\n{SPUN}"), true),
        ),
        ("g-crlf.txt", crlf.clone().into_bytes()),
        ("h-no-newline.txt", no_newline.as_bytes().to_vec()),
        ("i-bad-utf16.txt", vec![0xFF, 0xFE, b'a', 0, 0x00, 0xD8]),
    ];
    for (name, bytes) in &cases {
        write(&d.join(name), bytes);
    }
    let run = mtlint_in(d, &["check", "--format", "json", "."], "", &[]);
    assert_eq!(run.code, 2, "{run:?}");
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let errors: Vec<String> = json["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            format!(
                "{}: {}",
                e["path"].as_str().unwrap(),
                e["message"].as_str().unwrap()
            )
        })
        .collect();
    assert_eq!(errors.len(), 3, "{errors:?}");
    assert!(
        errors[0].contains("b-binary.txt: binary file (it contains NUL bytes); skipped"),
        "{errors:?}"
    );
    assert!(
        errors[1].contains(
            "c-latin1.txt: not valid UTF-8 (first bad byte at offset 3); convert it to UTF-8"
        ),
        "{errors:?}"
    );
    assert!(
        errors[2].contains("i-bad-utf16.txt: not valid UTF-16")
            && errors[2].contains("convert it to UTF-8"),
        "{errors:?}"
    );
    // Where the first finding of each checked file is, as an editor counts (no column for a
    // byte-order mark).
    let first: Vec<(String, u64, u64)> = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|x| x["rule"] == "performed-down")
        .map(|x| {
            (
                x["path"].as_str().unwrap().to_string(),
                x["line"].as_u64().unwrap(),
                x["column"].as_u64().unwrap(),
            )
        })
        .collect();
    let expect = |name: &str, line, column| {
        assert!(
            first.contains(&(format!("./{name}"), line, column)),
            "{name}: {first:?}"
        );
    };
    expect("d-bom.txt", 1, 13);
    expect("e-utf16le.txt", 1, 13);
    expect("f-utf16be.txt", 2, 13);
    expect("g-crlf.txt", 2, 13);
    expect("h-no-newline.txt", 1, 13);
    assert!(!first.iter().any(|f| f.0.contains("a-empty")));

    let run = fix(d, &["."]);
    assert_eq!(run.code, 2, "{run:?}");
    let fixed_crlf = FIXED.replace('\n', "\r\n").repeat(2);
    assert_eq!(read(&d.join("a-empty.txt")), b"");
    assert_eq!(
        read(&d.join("d-bom.txt")),
        format!("\u{feff}{FIXED}").as_bytes()
    );
    assert_eq!(
        read(&d.join("e-utf16le.txt")),
        utf16(&format!("\u{feff}{FIXED}"), false)
    );
    assert_eq!(
        read(&d.join("f-utf16be.txt")),
        utf16(&format!("\u{feff}x\r\n{FIXED}"), true)
    );
    assert_eq!(read(&d.join("g-crlf.txt")), fixed_crlf.as_bytes());
    assert_eq!(
        read(&d.join("h-no-newline.txt")),
        FIXED.trim_end().as_bytes()
    );
    for (name, bytes) in &cases[1..3] {
        assert_eq!(&read(&d.join(name)), bytes, "{name} untouched");
    }
    // A second --fix changes nothing.
    let snapshot: Vec<Vec<u8>> = cases.iter().map(|(n, _)| read(&d.join(n))).collect();
    fix(d, &["."]);
    let again: Vec<Vec<u8>> = cases.iter().map(|(n, _)| read(&d.join(n))).collect();
    assert_eq!(snapshot, again);
    assert!(temp_files(d).is_empty());
}

#[test]
fn a_20_mb_line_is_checked_and_fixed() {
    let dir = tempfile::tempdir().unwrap();
    let clean = "The minister said on Tuesday that the talks would go on next week. ";
    let filler = clean.repeat(20_000_000 / clean.len());
    let text = format!("{}{filler}{}", SPUN.trim_end(), SPUN.trim_end());
    assert!(text.len() > 20_000_000 && !text.contains('\n'));
    let path = dir.path().join("line.txt");
    write(&path, &text);
    let started = Instant::now();
    let run = fix(dir.path(), &["line.txt"]);
    let took = started.elapsed();
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains("Fixed 4 findings"), "{}", run.stdout);
    let want = format!("{}{filler}{}", FIXED.trim_end(), FIXED.trim_end());
    assert!(read(&path) == want.as_bytes(), "fixed text differs");
    assert!(took < Duration::from_secs(120), "took {took:?}");
}

#[test]
fn a_config_cannot_run_commands_and_unknown_keys_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let marker = dir.path().join("ran");
    for config in [
        format!("command = \"touch {}\"\n", marker.display()),
        format!("[hooks]\npre-check = \"touch {}\"\n", marker.display()),
        format!(
            "select = [\"news-spin\"]\n[exec]\nrun = \"touch {}\"\n",
            marker.display()
        ),
    ] {
        write(&dir.path().join("mtlint.toml"), &config);
        write(&dir.path().join("a.txt"), SPUN);
        let run = mtlint_in(dir.path(), &["check", "--fix", "a.txt"], "", &[]);
        assert_eq!(run.code, 2, "{run:?}");
        assert!(
            run.stderr.contains("mtlint.toml:") && run.stderr.contains("unknown key"),
            "{}",
            run.stderr
        );
        assert!(!marker.exists());
        assert_eq!(
            read(&dir.path().join("a.txt")),
            SPUN.as_bytes(),
            "nothing fixed"
        );
    }
}

#[test]
fn reports_escape_file_names_and_text() {
    let dir = tempfile::tempdir().unwrap();
    let name = "q\"uote\u{1}\u{1b}[31m<\u{2028}&.txt";
    let text = "A \"quoted\" </script><script>alert(1)</script> \u{7} line: the Kremlin performed down hopes.\n";
    write(&dir.path().join(name), text);
    for format in ["json", "sarif", "jsonl"] {
        let run = mtlint_in(dir.path(), &["check", "--format", format, name], "", &[]);
        assert_eq!(run.code, 1, "{run:?}");
        assert!(
            !run.stdout.contains('\u{1}')
                && !run.stdout.contains('\u{1b}')
                && !run.stdout.contains('\u{7}'),
            "{format}: raw control character"
        );
        for line in run.stdout.lines().filter(|l| !l.trim().is_empty()) {
            if format == "jsonl" {
                let v: serde_json::Value = serde_json::from_str(line).unwrap();
                assert!(v.to_string().contains("q\\\"uote\\u0001"), "{v}");
            }
        }
        if format == "sarif" {
            let v: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
            let uri = &v["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
                ["uri"];
            assert_eq!(uri, "q%22uote%01%1B%5B31m%3C%E2%80%A8%26.txt");
        } else if format == "json" {
            let v: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
            let all = v.to_string();
            assert!(
                all.contains("q\\\"uote\\u0001\\u001b[31m<\u{2028}&.txt"),
                "{format}: {all}"
            );
        }
    }
    // Checkstyle is XML: every character in it is one XML 1.0 allows.
    let run = mtlint_in(
        dir.path(),
        &["check", "--format", "checkstyle", name],
        "",
        &[],
    );
    assert!(
        run.stdout
            .contains("name=\"q&quot;uote\u{fffd}\u{fffd}[31m&lt;\u{2028}&amp;.txt\""),
        "{}",
        run.stdout
    );
    assert!(
        !run.stdout.contains("&#1;") && !run.stdout.contains('\u{1}'),
        "{}",
        run.stdout
    );
    // The human report shows no control character raw (no terminal escape from a file).
    let run = mtlint_in(dir.path(), &["check", name], "", &[]);
    assert!(
        !run.stdout.contains('\u{1b}') && !run.stdout.contains('\u{7}'),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("q\"uote\u{fffd}\u{fffd}[31m<"),
        "{}",
        run.stdout
    );
    // GitHub workflow commands: no raw line break or control character ends the command early.
    let run = mtlint_in(dir.path(), &["check", "--format", "github", name], "", &[]);
    assert_eq!(
        run.stdout.lines().filter(|l| l.starts_with("::")).count(),
        run.stdout.lines().count(),
        "{}",
        run.stdout
    );
}

mod hostile_rules {
    use mtlint::rules::load::parse_pack;
    use std::time::{Duration, Instant};

    const HEAD: &str = "[pack]\nid = \"h\"\n";

    fn rule(i: usize, phrase: &str) -> String {
        format!(
            "[[rule]]\nid = \"r-{i}\"\nmessage = \"m\"\nphrases = [\"{phrase}\"]\nreplacements = [\"fixed {i}\"]\n"
        )
    }

    #[test]
    fn a_pathological_regex_hits_the_size_limit_with_its_place() {
        let text = format!(
            "{HEAD}[[rule]]\nid = \"big\"\nmessage = \"m\"\nregex = \"(a{{1000}}){{1000}}\"\n"
        );
        let started = Instant::now();
        let e = parse_pack("hostile.toml", &text, false)
            .unwrap_err()
            .to_string();
        assert!(e.starts_with("hostile.toml:6:9: invalid regex"), "{e}");
        assert!(e.contains("size limit"), "{e}");
        // The same in a context regex.
        let text = format!(
            "{HEAD}[[rule]]\nid = \"big\"\nmessage = \"m\"\nphrases = [\"x\"]\nwhen = [{{ after_regex = \"(\\\\w{{500}}){{500}}\" }}]\n"
        );
        let e = parse_pack("hostile.toml", &text, false)
            .unwrap_err()
            .to_string();
        assert!(e.starts_with("hostile.toml:7:25: invalid regex"), "{e}");
        assert!(e.contains("size limit"), "{e}");
        assert!(started.elapsed() < Duration::from_secs(10));
    }

    #[test]
    fn deep_nesting_is_an_error_not_a_stack_overflow() {
        for depth in [10_000, 100_000] {
            for (open, close) in [("[", "]"), ("{a=", "}")] {
                let text = format!("{HEAD}x = {}1{}\n", open.repeat(depth), close.repeat(depth));
                let e = parse_pack("deep.toml", &text, false)
                    .unwrap_err()
                    .to_string();
                // Located where the parser gives a place (line 3), else at 1:1.
                assert!(e.starts_with("deep.toml:"), "{e}");
                assert!(e.contains("recursion"), "{depth} {open}: {e}");
            }
        }
        // 10,000 dotted keys in a table header: refused too (the parser gives no place).
        let text = format!("{HEAD}[{}]\n", vec!["t"; 10_000].join("."));
        let e = parse_pack("deep.toml", &text, false)
            .unwrap_err()
            .to_string();
        assert!(
            e.starts_with("deep.toml:") && e.contains("recursion limit"),
            "{e}"
        );
    }

    /// 20,000 rules load and build a matcher in bounded time (fuzz/stress.sh does 100,000).
    #[test]
    fn twenty_thousand_rules_load_in_bounded_time() {
        let n = 20_000;
        let mut text = HEAD.to_string();
        for i in 0..n {
            text.push_str(&rule(i, &format!("word{i} other{}", i % 97)));
        }
        let started = Instant::now();
        let (pack, rules) = parse_pack("many.toml", &text, false).unwrap();
        let parsed = started.elapsed();
        let mut set = mtlint::rules::RuleSet::default();
        set.add(pack, rules).unwrap();
        let engine = mtlint::Engine::new(set, Default::default());
        let built = started.elapsed();
        let found = engine.check("They said word123 other26 twice.");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].suggestions[0].replacement, "fixed 123");
        eprintln!(
            "{n} rules ({} bytes): parsed in {parsed:?}, engine in {built:?}",
            text.len()
        );
        // Debug build: generous, but not unbounded.
        assert!(built < Duration::from_secs(60), "{built:?}");
    }

    #[test]
    fn huge_strings_load_or_fail_in_bounded_time() {
        let started = Instant::now();
        // A 4 MB message and a 1 MB one-word phrase: accepted, the matcher copes.
        let text = format!(
            "{HEAD}[[rule]]\nid = \"long\"\nmessage = \"{}\"\nphrases = [\"{}\"]\nreplacements = [\"x\"]\n",
            "m".repeat(4_000_000),
            "p".repeat(1_000_000)
        );
        let (pack, rules) = parse_pack("huge.toml", &text, false).unwrap();
        let mut set = mtlint::rules::RuleSet::default();
        set.add(pack, rules).unwrap();
        let engine = mtlint::Engine::new(set, Default::default());
        assert!(engine.check(&"p ".repeat(100_000)).is_empty());
        // An unterminated 8 MB string: a located syntax error.
        let text = format!(
            "{HEAD}[[rule]]\nid = \"x\nmessage = \"{}",
            "y".repeat(8_000_000)
        );
        let e = parse_pack("huge.toml", &text, false)
            .unwrap_err()
            .to_string();
        assert!(e.starts_with("huge.toml:4:"), "{}", &e[..e.len().min(200)]);
        assert!(e.len() < 2_000, "the error does not quote the whole string");
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "{:?}",
            started.elapsed()
        );
    }
}

#[test]
fn error_lines_never_pass_control_characters_to_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let run = crate::util::mtlint_in(
        dir.path(),
        &["check", "--isolated", "missing-\u{1b}[31mred.txt"],
        "",
        &[],
    );
    assert_eq!(run.code, 2);
    assert!(!run.stderr.contains('\u{1b}'), "{:?}", run.stderr);
    assert!(
        run.stderr.contains("missing-\u{fffd}[31mred.txt"),
        "{:?}",
        run.stderr
    );
}
