//! Conversions between HTTP tables and `http::StatusCode` (feature `http`).

/// Implements the conversions between a generated HTTP table (`u16` codes)
/// and `http::StatusCode` (`codes-core` has its `http` feature).
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_http {
    ($ty:ty) => {
        impl ::core::convert::From<$crate::__private::http::StatusCode> for $ty {
            fn from(status: $crate::__private::http::StatusCode) -> Self {
                Self::from_code(status.as_u16())
            }
        }
        impl ::core::convert::TryFrom<$ty> for $crate::__private::http::StatusCode {
            type Error = $crate::__private::http::status::InvalidStatusCode;
            fn try_from(code: $ty) -> ::core::result::Result<Self, Self::Error> {
                $crate::__private::http::StatusCode::from_u16(code.code())
            }
        }
    };
}
