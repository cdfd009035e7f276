//! The README's "Deciding from a response" is `src/deciding.md`, which the
//! crate's documentation includes, so that its example runs as a doctest.

#[test]
fn the_readme_section_is_the_doctested_one() {
    let readme = include_str!("../README.md");
    let section = include_str!("../src/deciding.md");
    assert!(section.starts_with("## Deciding from a response\n"));
    assert!(
        readme.contains(section),
        "README.md's \"Deciding from a response\" differs from src/deciding.md"
    );
    assert!(
        section.contains("```rust\n"),
        "the section has a Rust example"
    );
}
