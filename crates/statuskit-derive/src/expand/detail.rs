//! A detail template as code: one `write_fmt` of a `format_args!` over the fields it names,
//! spanned on the template so `rustc`'s errors about a format spec point there; a Korean
//! particle pair becomes the runtime's `Particled`, which picks its form from the formatted
//! value.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use syn::{Ident, LitStr, Member};

use crate::valid::{Piece, Template};

/// The expression (a `fmt::Result`) writing `template` into `f`; the fields it reads are bound
/// in `bindings`, each once, as `__detail_N`.
pub(crate) fn write_template(
    krate: &TokenStream,
    template: &Template,
    bindings: &mut Vec<(Member, Ident)>,
) -> TokenStream {
    let mut format = String::new();
    let mut args = Vec::new();
    for piece in &template.pieces {
        match piece {
            Piece::Text(text) => format.push_str(&text.replace('{', "{{").replace('}', "}}")),
            Piece::Field {
                member,
                spec,
                particle,
                ..
            } => {
                let binding = binding(member, bindings);
                let colon = if spec.is_empty() { "" } else { ":" };
                let position = args.len();
                match particle {
                    None => {
                        format.push_str(&format!("{{{position}{colon}{spec}}}"));
                        args.push(quote!(#binding));
                    }
                    Some(particle) => {
                        format.push_str(&format!("{{{position}}}"));
                        let inner =
                            LitStr::new(&format!("{{{colon}{spec}}}"), template.literal.span());
                        let variant = format_ident!("{}", particle.variant());
                        args.push(quote! {
                            #krate::__private::Particled(
                                &::core::format_args!(#inner, #binding),
                                #krate::__private::Particle::#variant,
                            )
                        });
                    }
                }
            }
        }
    }
    let format = LitStr::new(&format, template.literal.span());
    quote!(f.write_fmt(::core::format_args!(#format #(, #args)*)))
}

/// The binding of `member`, added to `bindings` the first time.
fn binding(member: &Member, bindings: &mut Vec<(Member, Ident)>) -> Ident {
    if let Some((_, ident)) = bindings.iter().find(|(bound, _)| bound == member) {
        return ident.clone();
    }
    let ident = format_ident!("__detail_{}", bindings.len());
    bindings.push((member.clone(), ident.clone()));
    ident
}
