//! The enum itself: one documented variant a row and the catch-all.

use proc_macro2::{Delimiter, Group, Literal, TokenStream, TokenTree};

use super::template::{self, Hole, fill, ident, punct};
use super::{Cx, docs};

pub fn enum_def(cx: &Cx) -> TokenStream {
    let model = cx.model;
    let (docs, attrs, vis, name, catch_all, int) = (
        &model.docs,
        &model.attrs,
        &model.vis,
        &model.name,
        &model.catch_all,
        cx.outer_int(),
    );
    let docs = if docs.is_empty() {
        let text = format!(" Status codes of {}.", model.vendor);
        template::doc(Literal::string(&text))
    } else {
        fill("docs", "$docs", &[("docs", docs.into())])
    };
    // The variants' tokens are built in place in the enum's body (a table
    // has thousands): no stream a row to copy from, the attributes' names
    // cloned rather than checked anew.
    let (doc, alias) = (ident("doc"), ident("alias"));
    let mut body = TokenStream::new();
    for row in &model.rows {
        let code = docs::code_text(&row.code);
        let text = super::str_lit(&docs::variant_doc(model, row, &code));
        push_attr(&mut body, [doc.clone().into(), punct('='), text.into()]);
        if let Some(user_docs) = docs::then_docs(&row.docs) {
            body.extend(user_docs);
        }
        // One `#[doc(alias("21200", "MODEL_DOES_NOT_EXIST"))]`: one
        // attribute a variant for the compiler to check, not one an alias.
        let mut names = TokenStream::new();
        for name in docs::aliases(row, &code) {
            if !names.is_empty() {
                names.extend([punct(',')]);
            }
            names.extend([TokenTree::from(super::str_lit(name))]);
        }
        if !names.is_empty() {
            let list = Group::new(Delimiter::Parenthesis, names);
            let args = Group::new(
                Delimiter::Parenthesis,
                [alias.clone().into(), TokenTree::from(list)]
                    .into_iter()
                    .collect(),
            );
            push_attr(&mut body, [doc.clone().into(), args.into()]);
        }
        for attr in &row.cfgs {
            body.extend(attr.tokens().clone());
        }
        for attr in &row.attrs {
            body.extend(attr.tokens().clone());
        }
        body.extend([row.variant.clone().into(), punct(',')]);
    }
    let catch_all_doc = format!(
        " A code that the {} table does not list, kept unchanged. Built by \
         `from_code`, it never holds a listed code; one built by hand around a \
         listed code equals that code's variant, since a value is its code.",
        model.vendor
    );
    let non_exhaustive = non_exhaustive(cx);
    let generics = &cx.generics;
    body.extend(fill(
        "catch_all",
        r"
        #[doc = $doc]
        $catch_all($int),
        ",
        &[
            ("doc", catch_all_doc.as_str().into()),
            ("catch_all", catch_all.into()),
            ("int", int.into()),
        ],
    ));
    let body = Group::new(Delimiter::Brace, body);
    let holes: [(&str, Hole); 7] = [
        ("docs", docs.into()),
        ("attrs", attrs.into()),
        ("non_exhaustive", non_exhaustive.into()),
        ("vis", vis.into()),
        ("name", name.into()),
        ("generics", generics.into()),
        ("body", TokenStream::from(TokenTree::Group(body)).into()),
    ];
    fill(
        "enum",
        r"
        $docs
        $attrs
        $non_exhaustive
        #[derive(Clone, Copy)]
        $vis enum $name $generics $body
        ",
        &holes,
    )
}

/// `#[non_exhaustive]`, unless the table opts out (or already says it).
pub fn non_exhaustive(cx: &Cx) -> TokenStream {
    let written = cx.model.attrs.iter().any(|attr| attr.is("non_exhaustive"));
    if cx.model.exhaustive || written {
        TokenStream::new()
    } else {
        fill("non_exhaustive", "#[non_exhaustive]", &[])
    }
}

/// An outer attribute, `#[..]` of `inner`, appended to `out`.
fn push_attr<const N: usize>(out: &mut TokenStream, inner: [TokenTree; N]) {
    let inner = Group::new(Delimiter::Bracket, inner.into_iter().collect());
    out.extend([punct('#'), inner.into()]);
}
