//! The `status_codes!` macro. See the `vendor-codes` crate for the table syntax.
extern crate proc_macro;

/// Declares a vendor's status-code table as an enum. The syntax and the
/// generated API are documented on the `vendor-codes` crate's re-export.
#[proc_macro]
pub fn status_codes(input: proc_macro::TokenStream) -> proc_macro::TokenStream {
    codes_codegen::expand(input.into()).into()
}
