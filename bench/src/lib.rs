//! Benchmarks of `status_codes!` and of the code it generates, against the
//! crates users would pick instead. `BENCHMARKS.md` at the repository's root
//! reports the figures and the commands that reproduce them.

use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote};

/// A synthetic table of `rows` rows, in groups of 100 with declared ranges,
/// every row with a name, a description and (every third) a class: the shape
/// of Clarifai's table, at any size.
#[must_use]
pub fn synthetic_table(rows: usize) -> TokenStream {
    let groups = (0..rows.div_ceil(100)).map(|g| {
        let name = format_ident!("Group{}", g);
        let title = format!("Group {g} codes: {}xx", 100 + g);
        let lo = Literal::usize_unsuffixed(10_000 + g * 1000);
        let hi = Literal::usize_unsuffixed(10_000 + g * 1000 + 999);
        let rows = (g * 100..rows.min(g * 100 + 100)).map(|i| {
            let code = Literal::usize_unsuffixed(10_000 + (i / 100) * 1000 + (i % 100) * 7);
            let name = format_ident!("STATUS_CODE_NUMBER_{}", i);
            let description =
                format!("Description of status code number {i}, as the vendor wrote it");
            if i % 3 == 0 {
                quote!(#code #name: #description => retry,)
            } else {
                quote!(#code #name: #description,)
            }
        });
        quote!(group #name #title (#lo..=#hi) => client_error { #(#rows)* })
    });
    quote! {
        /// A synthetic vendor's status codes.
        #[codes(vendor = "Synthetic")]
        pub enum Synthetic: u32 {
            #(#groups)*
        }
    }
}

#[cfg(test)]
mod tests {
    use super::synthetic_table;

    #[test]
    fn synthetic_tables_expand_without_errors() {
        for rows in [1, 100, 1000] {
            let out = codes_codegen::try_expand(synthetic_table(rows)).map(|t| t.to_string());
            assert!(out.is_ok(), "{rows} rows: {out:?}");
            let last = format!("StatusCodeNumber{}", rows - 1);
            assert!(out.unwrap().contains(&last));
        }
    }
}
