//! The enum itself: one documented variant a row and the catch-all.

use proc_macro2::TokenStream;
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
    // One `quote!` for every variant: their tokens go straight into the
    // enum's body, no stream a row to copy from.
    let rows = &model.rows;
    let codes: Vec<String> = rows.iter().map(|row| docs::code_text(&row.code)).collect();
    let row_docs = rows
        .iter()
        .zip(&codes)
        .map(|(row, code)| super::str_lit(&docs::variant_doc(model, row, code)));
    let aliases = rows.iter().zip(&codes).map(|(row, code)| {
        docs::aliases(row, code)
            .map(super::str_lit)
            .collect::<Vec<_>>()
    });
    let user_docs = rows.iter().map(|row| docs::then_docs(&row.docs));
    let variants = rows.iter().map(|row| &row.variant);
    let attrs_of = rows.iter().map(|row| &row.attrs);
    let cfgs = rows.iter().map(|row| &row.cfgs);
    let catch_all_doc = format!(
        " A code that the {} table does not list, kept unchanged. Built by \
         `from_code`, it never holds a listed code; one built by hand around a \
         listed code equals that code's variant, since a value is its code.",
        model.vendor
    );
    let non_exhaustive = non_exhaustive(cx);
    let generics = &cx.generics;
    quote! {
        #docs
        #(#attrs)*
        #non_exhaustive
        #[derive(Clone, Copy, Debug)]
        #vis enum #name #generics {
            #(
                #[doc = #row_docs]
                #user_docs
                #(#[doc(alias = #aliases)])*
                #(#cfgs)*
                #(#attrs_of)*
                #variants,
            )*
            #[doc = #catch_all_doc]
            #catch_all(#int),
        }
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
