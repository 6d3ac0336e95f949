//! The engine's modules form a one-way pipeline (ARCHITECTURE.md, "Layers"):
//! a module may use only modules of a lower layer (or its own submodules).
//! This test reads every source file's non-test code and fails on an import
//! that points up or sideways, so no cycle can come back.

#![allow(clippy::panic, clippy::unwrap_used)] // test helpers fail loudly
use std::fs;
use std::path::Path;

/// Bottom to top. A module may name modules of earlier layers only.
const LAYERS: &[&[&str]] = &[
    // Vocabulary with no dependency.
    &["lang", "units", "sort"],
    // The scenario model.
    &["scenario"],
    // Prices; findings (typed facts about a report).
    &["pricing", "findings"],
    // The report: the output types every stage fills or reads; the share
    // link (its view names an `OptionKey`).
    &["report", "pricing_file", "link"],
    // Fargate costing.
    &["fargate"],
    // Scenario JSON → Scenario (uses Fargate sizes).
    &["validate"],
    // Layouts, the EC2 simulator, importers.
    &["layout", "ec2", "import"],
    // EC2 options made complete: what EC2 cannot place, on Fargate.
    &["fallback"],
    // Costs of every option.
    &["simulate"],
    // The scale scan (simulates scaled copies).
    &["breakeven"],
    // The verdict: report + scan → findings.
    &["verdict"],
    // Findings → text.
    &["text"],
    // The one entry point.
    &["analysis"],
    // Renderers of a whole report.
    &["export"],
];

fn layer_of(module: &str) -> Option<usize> {
    LAYERS.iter().position(|layer| layer.contains(&module))
}

/// The code before `#[cfg(test)]`, without comment lines.
fn production_code(text: &str) -> String {
    let code = text.split("#[cfg(test)]").next().unwrap_or("");
    code.lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Every `crate::<module>` named in `code`.
fn crate_modules(code: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = code;
    while let Some(at) = rest.find("crate::") {
        rest = &rest[at + "crate::".len()..];
        let name: String = rest
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect();
        // `crate::{a, b}` groups.
        if name.is_empty() && rest.starts_with('{') {
            let group = &rest[1..rest.find('}').unwrap_or(rest.len())];
            for part in group.split(',') {
                let part = part.trim();
                let head: String = part
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                    .collect();
                if !head.is_empty() {
                    out.push(head);
                }
            }
        } else if !name.is_empty() {
            out.push(name);
        }
    }
    out
}

fn visit(dir: &Path, files: &mut Vec<std::path::PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            visit(&path, files);
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
}

#[test]
fn no_module_imports_one_above_it() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    visit(&src, &mut files);
    let mut violations = Vec::new();
    let mut seen = Vec::new();
    for file in files {
        let relative = file.strip_prefix(&src).unwrap();
        let module = relative
            .components()
            .next()
            .unwrap()
            .as_os_str()
            .to_string_lossy()
            .trim_end_matches(".rs")
            .to_string();
        // A folder module (`validate/`, `ec2/`, `text/`) is one module: its
        // files may use each other and must stay below what uses them.
        if module == "lib" || relative.ends_with("tests.rs") {
            continue;
        }
        let Some(own) = layer_of(&module) else {
            violations.push(format!("{module}: not in LAYERS (add it to its layer)"));
            continue;
        };
        seen.push(module.clone());
        let text = fs::read_to_string(&file).unwrap();
        for used in crate_modules(&production_code(&text)) {
            if used == module {
                continue;
            }
            match layer_of(&used) {
                Some(layer) if layer < own => {}
                Some(_) => violations.push(format!(
                    "{}: uses crate::{used}, which is not below {module}",
                    relative.display()
                )),
                None => violations.push(format!(
                    "{}: uses crate::{used}, which is not in LAYERS",
                    relative.display()
                )),
            }
        }
    }
    assert!(violations.is_empty(), "{violations:#?}");
    // The test really looked at the pipeline's stages.
    for stage in [
        "validate",
        "report",
        "simulate",
        "breakeven",
        "verdict",
        "text",
        "analysis",
    ] {
        assert!(seen.iter().any(|m| m == stage), "{stage} not scanned");
    }
}

#[test]
fn the_scanner_finds_grouped_and_plain_imports() {
    let code = "use crate::report::X;\nuse crate::{pricing::P, scenario};\n// crate::verdict\n";
    assert_eq!(
        crate_modules(&production_code(code)),
        ["report", "pricing", "scenario"]
    );
}
