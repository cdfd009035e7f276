//! The enum itself: one documented variant a row and the catch-all.

use proc_macro2::{Delimiter, Group, TokenStream};
use quote::quote;

use super::{Cx, docs};

pub fn enum_def(cx: &Cx) -> TokenStream {
    let model = cx.model;
    let (docs, attrs, vis, name, catch_all, int) = (
        &model.docs,
        &model.attrs,
        &model.vis,
        &model.name,
        &model.catch_all,
        &cx.int,
    );
    let docs = if docs.is_empty() {
        let text = format!(" Status codes of {}.", model.vendor);
        quote!(#[doc = #text])
    } else {
        quote!(#(#docs)*)
    };
    // The variants are written into one stream, which the enum's braces
    // then hold: no variant's tokens are copied on the way.
    let mut body = TokenStream::new();
    for row in &model.rows {
        let code = docs::code_text(&row.code);
        let doc = super::str_lit(&docs::variant_doc(model, row, &code));
        let aliases = docs::aliases(row, &code);
        let user_docs = docs::then_docs(&row.docs);
        let (variant, attrs, cfgs) = (&row.variant, &row.attrs, &row.cfgs);
        body.extend(quote! {
            #[doc = #doc]
            #user_docs
            #(#[doc(alias = #aliases)])*
            #(#cfgs)*
            #(#attrs)*
            #variant,
        });
    }
    let catch_all_doc = format!(
        " A code that the {} table does not list, kept unchanged. Built by \
         `from_code`, it never holds a listed code; one built by hand around a \
         listed code equals that code's variant, since a value is its code.",
        model.vendor
    );
    let non_exhaustive = non_exhaustive(cx);
    let generics = &cx.generics;
    body.extend(quote! {
        #[doc = #catch_all_doc]
        #catch_all(#int),
    });
    let body = Group::new(Delimiter::Brace, body);
    quote! {
        #docs
        #(#attrs)*
        #non_exhaustive
        #[derive(Clone, Copy, Debug)]
        #vis enum #name #generics #body
    }
}

/// `#[non_exhaustive]`, unless the table opts out (or already says it).
pub fn non_exhaustive(cx: &Cx) -> TokenStream {
    let written = cx
        .model
        .attrs
        .iter()
        .any(|attr| attr.path().is_ident("non_exhaustive"));
    if cx.model.exhaustive || written {
        quote!()
    } else {
        quote!(#[non_exhaustive])
    }
}
