//! bytes → UTF-8 text → documents with their span index → the model, for each provkoll document.
//! Also asserts the invariants the emitters rely on: every span lies inside the text on character
//! boundaries with its line and column right, and masking keeps the text's length.
#![no_main]

use libfuzzer_sys::fuzz_target;
use provkoll::base::source::{FileId, Pos, SourceFile, Span};
use provkoll::config::yaml::{Limits, load_documents};

fn check_pos(src: &SourceFile, pos: Pos) {
    assert!(pos.byte <= src.text.len(), "{pos:?} past the end");
    assert!(
        src.text.is_char_boundary(pos.byte),
        "{pos:?} inside a character"
    );
    assert_eq!(
        src.pos_of_byte(pos.byte),
        pos,
        "line/column disagree with the byte"
    );
}

fn check_span(src: &SourceFile, span: Span) {
    check_pos(src, span.start);
    check_pos(src, span.end);
    assert!(
        span.start.byte <= span.end.byte,
        "{span:?} ends before it starts"
    );
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = provkoll::config::read::decode(data) else {
        return;
    };
    let masked = provkoll::check::redact::mask(&text);
    assert_eq!(masked.len(), text.len(), "masking changed the length");
    assert_eq!(
        provkoll::check::redact::mask(&masked),
        masked,
        "masking twice differs"
    );
    let src = SourceFile::new("fuzz.yaml".into(), "fuzz.yaml".into(), text.into());
    let docs = match load_documents(FileId(0), &src, Limits::default()) {
        Ok(docs) => docs,
        Err(problem) => {
            if let Some(span) = problem.span {
                check_span(&src, span);
            }
            return;
        }
    };
    for doc in docs {
        for (_, spans) in doc.spans.iter() {
            check_span(&src, spans.value);
            if let Some(key) = spans.key {
                check_span(&src, key);
            }
        }
        if doc
            .str_field("apiVersion")
            .is_some_and(|v| v == "provkoll/v1")
            && let Err(problems) = provkoll::config::schema::check_document(doc, &src)
        {
            for span in problems.iter().filter_map(|p| p.span) {
                check_span(&src, span);
            }
        }
    }
});
