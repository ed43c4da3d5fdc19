//! Faults outside the articles: files the process may not read, store folders it may not
//! write, a disk that fills up, and a reader racing a writer. Each ends in one clear line
//! and leaves the store exactly as it was.
//!
//! The tests run as root in CI, and root ignores permission bits; so the child process
//! drops the two capabilities that let it (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH) before it
//! starts. A full disk is a small tmpfs where mounting is allowed, else a file size limit.

mod common;

use std::os::unix::fs::PermissionsExt;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use common::{fixture, graph_counts, seed, sg, write_corpus};

/// The child obeys permission bits even when the tests run as root.
fn obeying_permissions(mut c: Command) -> Command {
    unsafe {
        c.pre_exec(|| {
            // Fails harmlessly (EPERM) when not root, where permission bits apply anyway.
            for cap in [1, 2] {
                libc::prctl(libc::PR_CAPBSET_DROP, cap, 0, 0, 0);
            }
            Ok(())
        });
    }
    c
}

/// The child may not grow any file beyond `bytes` (writes fail with EFBIG, no signal).
fn with_file_size_limit(mut c: Command, bytes: u64) -> Command {
    unsafe {
        c.pre_exec(move || {
            libc::signal(libc::SIGXFSZ, libc::SIG_IGN);
            let lim = libc::rlimit { rlim_cur: bytes as libc::rlim_t, rlim_max: libc::RLIM_INFINITY };
            if libc::setrlimit(libc::RLIMIT_FSIZE, &lim) != 0 {
                return Err(std::io::Error::last_os_error());
            }
            Ok(())
        });
    }
    c
}

/// A temp dir for a permission test, if permission bits bind a child started with
/// [`obeying_permissions`] here (they do unless the tests run as a root that may not drop
/// capabilities).
fn permission_test_dir() -> Option<tempfile::TempDir> {
    let d = tempfile::tempdir().unwrap();
    permissions_bind(d.path()).then_some(d)
}

fn permissions_bind(dir: &Path) -> bool {
    let probe = dir.join("probe");
    std::fs::write(&probe, "x").unwrap();
    std::fs::set_permissions(&probe, std::fs::Permissions::from_mode(0o000)).unwrap();
    let mut cat = obeying_permissions(Command::new("cat"));
    let readable = cat.arg(&probe).output().map(|o| o.status.success()).unwrap_or(true);
    std::fs::remove_file(&probe).unwrap();
    if readable {
        eprintln!("permission bits do not bind a child process here (root that cannot drop CAP_DAC_OVERRIDE): skipped");
    }
    !readable
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A failure with exactly one line of error that says `what`, and no panic or C++ trace.
fn assert_clear_failure(o: &Output, what: &[&str]) {
    let e = stderr(o);
    assert!(!o.status.success(), "should fail: {e}");
    assert_eq!(o.status.code(), Some(1), "{e}");
    assert_eq!(e.trim_end().lines().count(), 1, "one line: {e}");
    assert!(!e.contains("panicked") && !e.contains("RocksDB") && !e.contains("Corruption"), "{e}");
    for w in what {
        assert!(e.contains(w), "{w:?} missing from: {e}");
    }
}

fn build(store: &Path, inputs: &[PathBuf]) {
    let o = sg().arg("build").args(inputs).arg("--store").arg(store).arg("--quiet").output().unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
}

fn chmod_tree(root: &Path, dir_mode: u32, file_mode: u32) {
    for e in walkdir::WalkDir::new(root) {
        let e = e.unwrap();
        let mode = if e.file_type().is_dir() { dir_mode } else { file_mode };
        std::fs::set_permissions(e.path(), std::fs::Permissions::from_mode(mode)).unwrap();
    }
}

#[test]
fn a_file_without_read_permission_is_named() {
    let Some(d) = permission_test_dir() else { return };
    let secret = d.path().join("secret.txt");
    std::fs::copy(fixture("page_silk_road_forum.txt"), &secret).unwrap();
    std::fs::set_permissions(&secret, std::fs::Permissions::from_mode(0o000)).unwrap();

    let mut extract = obeying_permissions(sg());
    let o = extract.arg("extract").arg(&secret).output().unwrap();
    assert_clear_failure(&o, &["secret.txt", "ermission denied"]);

    let store = d.path().join("kg");
    let mut b = obeying_permissions(sg());
    let o = b.arg("build").arg(&secret).arg("--store").arg(&store).arg("--quiet").output().unwrap();
    assert_clear_failure(&o, &["secret.txt", "ermission denied"]);
    assert!(!store.exists(), "a failed first build leaves no store");
}

#[test]
fn a_read_only_store_folder_refuses_writes_and_still_answers_queries() {
    let Some(d) = permission_test_dir() else { return };
    let store = d.path().join("kg");
    build(&store, &[fixture("web_harbin_roundtable.txt")]);
    let before = graph_counts(&store);

    chmod_tree(&store, 0o555, 0o444);
    let mut b = obeying_permissions(sg());
    let o = b.arg("build").arg(fixture("page_silk_road_forum.txt")).arg("--store").arg(&store).arg("--quiet").output().unwrap();
    assert_clear_failure(&o, &["kg", "cannot be written", "permission denied"]);

    let mut q = obeying_permissions(sg());
    let o = q.args(["query", "-e", "ASK { ?p a sg:Person }", "--store"]).arg(&store).output().unwrap();
    assert!(o.status.success(), "a read-only store can still be queried: {}", stderr(&o));
    assert_eq!(String::from_utf8_lossy(&o.stdout).trim(), "yes");

    chmod_tree(&store, 0o755, 0o644);
    assert_eq!(graph_counts(&store), before, "the refused build changed nothing");
    build(&store, &[fixture("page_silk_road_forum.txt")]);
    assert_eq!(graph_counts(&store).len(), before.len() + 1, "once writable, the article loads");
}

/// A tmpfs of `size` at `dir`, unmounted on drop; None where mounting is not allowed.
struct SmallDisk(PathBuf);

impl SmallDisk {
    fn mount(dir: &Path, size: &str) -> Option<Self> {
        std::fs::create_dir_all(dir).unwrap();
        let ok = Command::new("mount").args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"]).arg(dir).output().map(|o| o.status.success()).unwrap_or(false);
        ok.then(|| SmallDisk(dir.to_owned()))
    }
}

impl Drop for SmallDisk {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(&self.0).status();
    }
}

fn copy_tree(from: &Path, to: &Path) {
    for e in walkdir::WalkDir::new(from) {
        let e = e.unwrap();
        let dest = to.join(e.path().strip_prefix(from).unwrap());
        if e.file_type().is_dir() {
            std::fs::create_dir_all(&dest).unwrap();
        } else {
            std::fs::copy(e.path(), &dest).unwrap();
        }
    }
}

#[test]
fn a_full_disk_is_a_clear_error_and_the_store_keeps_what_it_held() {
    let d = tempfile::tempdir().unwrap();
    let original = d.path().join("kg");
    build(&original, &[fixture("web_harbin_roundtable.txt")]);
    let before = graph_counts(&original);
    let more = [seed(), fixture("page_silk_road_forum.txt")];

    // Room for the store as it is, not for what the build adds (RocksDB preallocates).
    let disk = SmallDisk::mount(&d.path().join("small"), "2m");
    let (store, fresh, cmd, reason): (PathBuf, PathBuf, fn() -> Command, &str) = match &disk {
        Some(disk) => (disk.0.join("kg"), disk.0.join("fresh"), sg, "no space left on the device"),
        None => {
            eprintln!("mount not allowed here: a file size limit stands in for the full disk");
            (d.path().join("kg-limited"), d.path().join("fresh"), || with_file_size_limit(sg(), 64 * 1024), "file size limit")
        }
    };
    copy_tree(&original, &store);

    let o = cmd().arg("build").args(&more).arg("--store").arg(&store).arg("--quiet").output().unwrap();
    assert_clear_failure(&o, &["kg", "cannot be written", reason]);
    assert_eq!(graph_counts(&store), before, "the store keeps exactly what it held");

    // A first build that runs out of space leaves neither a store nor its staging folder.
    let o = cmd().arg("build").args(&more).arg("--store").arg(&fresh).arg("--quiet").output().unwrap();
    assert_clear_failure(&o, &["cannot be written", reason]);
    assert!(!fresh.exists());
    assert!(!silkgraph::store::staging_path(&fresh).exists(), "the staging folder is removed to free the space");

    // With space again, the same build completes on the same store.
    drop(disk);
    let roomy = d.path().join("kg-roomy");
    copy_tree(&original, &roomy);
    build(&roomy, &more);
    assert_eq!(graph_counts(&roomy).len(), before.len() + 2);
}

#[test]
fn queries_during_a_build_read_whole_articles_or_say_why_they_cannot() {
    let d = tempfile::tempdir().unwrap();
    let corpus_dir = d.path().join("corpus");
    write_corpus(&corpus_dir, 17, 400);
    let store = d.path().join("kg");
    build(&store, &[fixture("web_harbin_roundtable.txt")]);

    // An incremental build writes article by article, compacting as it goes.
    let mut writer = sg().arg("build").arg(&corpus_dir).arg("--store").arg(&store).arg("--quiet").spawn().unwrap();
    // Every article graph holds its content hash; a half-written article would not.
    let q = "SELECT (COUNT(DISTINCT ?g) AS ?graphs) (COUNT(DISTINCT ?h) AS ?hashed) WHERE { \
             GRAPH ?g { ?a a sg:SourceDocument } OPTIONAL { GRAPH ?g { ?a sg:contentHash ?h } } }";
    let (mut answered, mut refused, mut last) = (0, 0, 0usize);
    while writer.try_wait().unwrap().is_none() || answered == 0 {
        let o = sg().args(["query", "-e", q, "--format", "csv", "--store"]).arg(&store).output().unwrap();
        if o.status.success() {
            let csv = String::from_utf8(o.stdout).unwrap();
            let row: Vec<usize> = csv.lines().nth(1).unwrap().split(',').map(|c| c.trim().parse().unwrap()).collect();
            assert_eq!(row[0], row[1], "every article seen is whole: {csv}");
            assert!(row[0] >= last, "a later reader never sees fewer articles ({} after {last})", row[0]);
            last = row[0];
            answered += 1;
        } else {
            assert_clear_failure(&o, &["changed while being read"]);
            refused += 1;
        }
    }
    assert!(writer.wait().unwrap().success());
    assert_eq!(graph_counts(&store).keys().filter(|g| g.contains("/graph/")).count(), 401);
    eprintln!("{answered} queries answered, {refused} refused during the build");
    assert!(answered > 0);
}
