// @generated STUB (temporary, hand-made until the real generator lands).
//! The `Status` enum and its per-status facts.

use crate::info::StatusInfo;

/// An HTTP status code registered with IANA or explained by the document.
#[non_exhaustive]
#[repr(u16)]
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub enum Status {
    /// 100 Continue
    Continue = 100,
    /// 101 Switching Protocols
    SwitchingProtocols = 101,
    /// 102 Processing
    Processing = 102,
    /// 103 Early Hints
    EarlyHints = 103,
    /// 104 Upload Resumption Supported
    UploadResumptionSupported = 104,
    /// 200 OK
    Ok = 200,
    /// 201 Created
    Created = 201,
    /// 202 Accepted
    Accepted = 202,
    /// 203 Non-Authoritative Information
    NonAuthoritativeInformation = 203,
    /// 204 No Content
    NoContent = 204,
    /// 205 Reset Content
    ResetContent = 205,
    /// 206 Partial Content
    PartialContent = 206,
    /// 207 Multi-Status
    MultiStatus = 207,
    /// 208 Already Reported
    AlreadyReported = 208,
    /// 226 IM Used
    ImUsed = 226,
    /// 300 Multiple Choices
    MultipleChoices = 300,
    /// 301 Moved Permanently
    MovedPermanently = 301,
    /// 302 Found
    Found = 302,
    /// 303 See Other
    SeeOther = 303,
    /// 304 Not Modified
    NotModified = 304,
    /// 305 Use Proxy
    UseProxy = 305,
    /// 307 Temporary Redirect
    TemporaryRedirect = 307,
    /// 308 Permanent Redirect
    PermanentRedirect = 308,
    /// 400 Bad Request
    BadRequest = 400,
    /// 401 Unauthorized
    Unauthorized = 401,
    /// 402 Payment Required
    PaymentRequired = 402,
    /// 403 Forbidden
    Forbidden = 403,
    /// 404 Not Found
    NotFound = 404,
    /// 405 Method Not Allowed
    MethodNotAllowed = 405,
    /// 406 Not Acceptable
    NotAcceptable = 406,
    /// 407 Proxy Authentication Required
    ProxyAuthenticationRequired = 407,
    /// 408 Request Timeout
    RequestTimeout = 408,
    /// 409 Conflict
    Conflict = 409,
    /// 410 Gone
    Gone = 410,
    /// 411 Length Required
    LengthRequired = 411,
    /// 412 Precondition Failed
    PreconditionFailed = 412,
    /// 413 Content Too Large
    ContentTooLarge = 413,
    /// 414 URI Too Long
    UriTooLong = 414,
    /// 415 Unsupported Media Type
    UnsupportedMediaType = 415,
    /// 416 Range Not Satisfiable
    RangeNotSatisfiable = 416,
    /// 417 Expectation Failed
    ExpectationFailed = 417,
    /// 418 I'm a teapot
    ImATeapot = 418,
    /// 420 Enhance Your Calm
    EnhanceYourCalm = 420,
    /// 421 Misdirected Request
    MisdirectedRequest = 421,
    /// 422 Unprocessable Content
    UnprocessableContent = 422,
    /// 423 Locked
    Locked = 423,
    /// 424 Failed Dependency
    FailedDependency = 424,
    /// 425 Too Early
    TooEarly = 425,
    /// 426 Upgrade Required
    UpgradeRequired = 426,
    /// 428 Precondition Required
    PreconditionRequired = 428,
    /// 429 Too Many Requests
    TooManyRequests = 429,
    /// 431 Request Header Fields Too Large
    RequestHeaderFieldsTooLarge = 431,
    /// 451 Unavailable For Legal Reasons
    UnavailableForLegalReasons = 451,
    /// 500 Internal Server Error
    InternalServerError = 500,
    /// 501 Not Implemented
    NotImplemented = 501,
    /// 502 Bad Gateway
    BadGateway = 502,
    /// 503 Service Unavailable
    ServiceUnavailable = 503,
    /// 504 Gateway Timeout
    GatewayTimeout = 504,
    /// 505 HTTP Version Not Supported
    HttpVersionNotSupported = 505,
    /// 506 Variant Also Negotiates
    VariantAlsoNegotiates = 506,
    /// 507 Insufficient Storage
    InsufficientStorage = 507,
    /// 508 Loop Detected
    LoopDetected = 508,
    /// 510 Not Extended
    NotExtended = 510,
    /// 511 Network Authentication Required
    NetworkAuthenticationRequired = 511,
}
pub(crate) const ALL: [Status; 64] = [
    Status::Continue,
    Status::SwitchingProtocols,
    Status::Processing,
    Status::EarlyHints,
    Status::UploadResumptionSupported,
    Status::Ok,
    Status::Created,
    Status::Accepted,
    Status::NonAuthoritativeInformation,
    Status::NoContent,
    Status::ResetContent,
    Status::PartialContent,
    Status::MultiStatus,
    Status::AlreadyReported,
    Status::ImUsed,
    Status::MultipleChoices,
    Status::MovedPermanently,
    Status::Found,
    Status::SeeOther,
    Status::NotModified,
    Status::UseProxy,
    Status::TemporaryRedirect,
    Status::PermanentRedirect,
    Status::BadRequest,
    Status::Unauthorized,
    Status::PaymentRequired,
    Status::Forbidden,
    Status::NotFound,
    Status::MethodNotAllowed,
    Status::NotAcceptable,
    Status::ProxyAuthenticationRequired,
    Status::RequestTimeout,
    Status::Conflict,
    Status::Gone,
    Status::LengthRequired,
    Status::PreconditionFailed,
    Status::ContentTooLarge,
    Status::UriTooLong,
    Status::UnsupportedMediaType,
    Status::RangeNotSatisfiable,
    Status::ExpectationFailed,
    Status::ImATeapot,
    Status::EnhanceYourCalm,
    Status::MisdirectedRequest,
    Status::UnprocessableContent,
    Status::Locked,
    Status::FailedDependency,
    Status::TooEarly,
    Status::UpgradeRequired,
    Status::PreconditionRequired,
    Status::TooManyRequests,
    Status::RequestHeaderFieldsTooLarge,
    Status::UnavailableForLegalReasons,
    Status::InternalServerError,
    Status::NotImplemented,
    Status::BadGateway,
    Status::ServiceUnavailable,
    Status::GatewayTimeout,
    Status::HttpVersionNotSupported,
    Status::VariantAlsoNegotiates,
    Status::InsufficientStorage,
    Status::LoopDetected,
    Status::NotExtended,
    Status::NetworkAuthenticationRequired,
];
pub(crate) const fn from_code(code: u16) -> Option<Status> {
    match code {
        100 => Some(Status::Continue),
        101 => Some(Status::SwitchingProtocols),
        102 => Some(Status::Processing),
        103 => Some(Status::EarlyHints),
        104 => Some(Status::UploadResumptionSupported),
        200 => Some(Status::Ok),
        201 => Some(Status::Created),
        202 => Some(Status::Accepted),
        203 => Some(Status::NonAuthoritativeInformation),
        204 => Some(Status::NoContent),
        205 => Some(Status::ResetContent),
        206 => Some(Status::PartialContent),
        207 => Some(Status::MultiStatus),
        208 => Some(Status::AlreadyReported),
        226 => Some(Status::ImUsed),
        300 => Some(Status::MultipleChoices),
        301 => Some(Status::MovedPermanently),
        302 => Some(Status::Found),
        303 => Some(Status::SeeOther),
        304 => Some(Status::NotModified),
        305 => Some(Status::UseProxy),
        307 => Some(Status::TemporaryRedirect),
        308 => Some(Status::PermanentRedirect),
        400 => Some(Status::BadRequest),
        401 => Some(Status::Unauthorized),
        402 => Some(Status::PaymentRequired),
        403 => Some(Status::Forbidden),
        404 => Some(Status::NotFound),
        405 => Some(Status::MethodNotAllowed),
        406 => Some(Status::NotAcceptable),
        407 => Some(Status::ProxyAuthenticationRequired),
        408 => Some(Status::RequestTimeout),
        409 => Some(Status::Conflict),
        410 => Some(Status::Gone),
        411 => Some(Status::LengthRequired),
        412 => Some(Status::PreconditionFailed),
        413 => Some(Status::ContentTooLarge),
        414 => Some(Status::UriTooLong),
        415 => Some(Status::UnsupportedMediaType),
        416 => Some(Status::RangeNotSatisfiable),
        417 => Some(Status::ExpectationFailed),
        418 => Some(Status::ImATeapot),
        420 => Some(Status::EnhanceYourCalm),
        421 => Some(Status::MisdirectedRequest),
        422 => Some(Status::UnprocessableContent),
        423 => Some(Status::Locked),
        424 => Some(Status::FailedDependency),
        425 => Some(Status::TooEarly),
        426 => Some(Status::UpgradeRequired),
        428 => Some(Status::PreconditionRequired),
        429 => Some(Status::TooManyRequests),
        431 => Some(Status::RequestHeaderFieldsTooLarge),
        451 => Some(Status::UnavailableForLegalReasons),
        500 => Some(Status::InternalServerError),
        501 => Some(Status::NotImplemented),
        502 => Some(Status::BadGateway),
        503 => Some(Status::ServiceUnavailable),
        504 => Some(Status::GatewayTimeout),
        505 => Some(Status::HttpVersionNotSupported),
        506 => Some(Status::VariantAlsoNegotiates),
        507 => Some(Status::InsufficientStorage),
        508 => Some(Status::LoopDetected),
        510 => Some(Status::NotExtended),
        511 => Some(Status::NetworkAuthenticationRequired),
        _ => None,
    }
}
pub(crate) const fn info(status: Status) -> &'static StatusInfo {
    match status {
        Status::Continue => &StatusInfo { phrase: "Continue", aliases: &[], name_ko: None, summary_ko: "", reference: "RFC9110, Section 15.2.1", standard: true },
        Status::SwitchingProtocols => &StatusInfo { phrase: "Switching Protocols", aliases: &[], name_ko: None, summary_ko: "", reference: "RFC9110, Section 15.2.2", standard: true },
        Status::Processing => &StatusInfo { phrase: "Processing", aliases: &[], name_ko: None, summary_ko: "", reference: "RFC2518", standard: true },
        Status::EarlyHints => &StatusInfo { phrase: "Early Hints", aliases: &[], name_ko: None, summary_ko: "", reference: "RFC8297", standard: true },
        Status::UploadResumptionSupported => &StatusInfo { phrase: "Upload Resumption Supported", aliases: &[], name_ko: None, summary_ko: "", reference: "draft-ietf-httpbis-resumable-upload-05", standard: false },
        Status::Ok => &StatusInfo { phrase: "OK", aliases: &[], name_ko: None, summary_ko: "", reference: "RFC9110, Section 15.3.1", standard: true },
        Status::Created => &StatusInfo { phrase: "Created", aliases: &[], name_ko: None, summary_ko: "", reference: "RFC9110, Section 15.3.2", standard: true },
        Status::Accepted => &StatusInfo { phrase: "Accepted", aliases: &[], name_ko: None, summary_ko: "", reference: "RFC9110, Section 15.3.3", standard: true },
        Status::NonAuthoritativeInformation => &StatusInfo { phrase: "Non-Authoritative Information", aliases: &[], name_ko: None, summary_ko: "", reference: "RFC9110, Section 15.3.4", standard: true },
        Status::NoContent => &StatusInfo { phrase: "No Content", aliases: &[], name_ko: None, summary_ko: "", reference: "RFC9110, Section 15.3.5", standard: true },
        Status::ResetContent => &StatusInfo { phrase: "Reset Content", aliases: &[], name_ko: None, summary_ko: "", reference: "RFC9110, Section 15.3.6", standard: true },
        Status::PartialContent => &StatusInfo { phrase: "Partial Content", aliases: &[], name_ko: None, summary_ko: "", reference: "RFC9110, Section 15.3.7", standard: true },
        Status::MultiStatus => &StatusInfo { phrase: "Multi-Status", aliases: &[], name_ko: None, summary_ko: "", reference: "RFC4918", standard: true },
        Status::AlreadyReported => &StatusInfo { phrase: "Already Reported", aliases: &[], name_ko: None, summary_ko: "", reference: "RFC5842", standard: true },
        Status::ImUsed => &StatusInfo { phrase: "IM Used", aliases: &[], name_ko: None, summary_ko: "", reference: "RFC3229", standard: true },
        Status::MultipleChoices => &StatusInfo { phrase: "Multiple Choices", aliases: &[], name_ko: None, summary_ko: "", reference: "RFC9110, Section 15.4.1", standard: true },
        Status::MovedPermanently => &StatusInfo { phrase: "Moved Permanently", aliases: &[], name_ko: None, summary_ko: "", reference: "RFC9110, Section 15.4.2", standard: true },
        Status::Found => &StatusInfo { phrase: "Found", aliases: &[], name_ko: None, summary_ko: "", reference: "RFC9110, Section 15.4.3", standard: true },
        Status::SeeOther => &StatusInfo { phrase: "See Other", aliases: &[], name_ko: None, summary_ko: "", reference: "RFC9110, Section 15.4.4", standard: true },
        Status::NotModified => &StatusInfo { phrase: "Not Modified", aliases: &[], name_ko: None, summary_ko: "", reference: "RFC9110, Section 15.4.5", standard: true },
        Status::UseProxy => &StatusInfo { phrase: "Use Proxy", aliases: &[], name_ko: None, summary_ko: "", reference: "RFC9110, Section 15.4.6", standard: true },
        Status::TemporaryRedirect => &StatusInfo { phrase: "Temporary Redirect", aliases: &[], name_ko: None, summary_ko: "", reference: "RFC9110, Section 15.4.8", standard: true },
        Status::PermanentRedirect => &StatusInfo { phrase: "Permanent Redirect", aliases: &[], name_ko: None, summary_ko: "", reference: "RFC9110, Section 15.4.9", standard: true },
        Status::BadRequest => &StatusInfo { phrase: "Bad Request", aliases: &[], name_ko: None, summary_ko: "", reference: "RFC9110, Section 15.5.1", standard: true },
        Status::Unauthorized => &StatusInfo { phrase: "Unauthorized", aliases: &[], name_ko: None, summary_ko: "", reference: "RFC9110, Section 15.5.2", standard: true },
        Status::PaymentRequired => &StatusInfo { phrase: "Payment Required", aliases: &[], name_ko: None, summary_ko: "", reference: "RFC9110, Section 15.5.3", standard: true },
        Status::Forbidden => &StatusInfo { phrase: "Forbidden", aliases: &[], name_ko: None, summary_ko: "", reference: "RFC9110, Section 15.5.4", standard: true },
        Status::NotFound => &StatusInfo { phrase: "Not Found", aliases: &[], name_ko: None, summary_ko: "", reference: "RFC9110, Section 15.5.5", standard: true },
        Status::MethodNotAllowed => &StatusInfo { phrase: "Method Not Allowed", aliases: &[], name_ko: None, summary_ko: "", reference: "RFC9110, Section 15.5.6", standard: true },
        Status::NotAcceptable => &StatusInfo { phrase: "Not Acceptable", aliases: &[], name_ko: None, summary_ko: "", reference: "RFC9110, Section 15.5.7", standard: true },
        Status::ProxyAuthenticationRequired => &StatusInfo { phrase: "Proxy Authentication Required", aliases: &[], name_ko: None, summary_ko: "", reference: "RFC9110, Section 15.5.8", standard: true },
        Status::RequestTimeout => &StatusInfo { phrase: "Request Timeout", aliases: &[], name_ko: None, summary_ko: "", reference: "RFC9110, Section 15.5.9", standard: true },
        Status::Conflict => &StatusInfo { phrase: "Conflict", aliases: &[], name_ko: None, summary_ko: "", reference: "RFC9110, Section 15.5.10", standard: true },
        Status::Gone => &StatusInfo { phrase: "Gone", aliases: &[], name_ko: None, summary_ko: "", reference: "RFC9110, Section 15.5.11", standard: true },
        Status::LengthRequired => &StatusInfo { phrase: "Length Required", aliases: &[], name_ko: None, summary_ko: "", reference: "RFC9110, Section 15.5.12", standard: true },
        Status::PreconditionFailed => &StatusInfo { phrase: "Precondition Failed", aliases: &[], name_ko: None, summary_ko: "", reference: "RFC9110, Section 15.5.13", standard: true },
        Status::ContentTooLarge => &StatusInfo { phrase: "Content Too Large", aliases: &[], name_ko: None, summary_ko: "", reference: "RFC9110, Section 15.5.14", standard: true },
        Status::UriTooLong => &StatusInfo { phrase: "URI Too Long", aliases: &[], name_ko: None, summary_ko: "", reference: "RFC9110, Section 15.5.15", standard: true },
        Status::UnsupportedMediaType => &StatusInfo { phrase: "Unsupported Media Type", aliases: &[], name_ko: None, summary_ko: "", reference: "RFC9110, Section 15.5.16", standard: true },
        Status::RangeNotSatisfiable => &StatusInfo { phrase: "Range Not Satisfiable", aliases: &[], name_ko: None, summary_ko: "", reference: "RFC9110, Section 15.5.17", standard: true },
        Status::ExpectationFailed => &StatusInfo { phrase: "Expectation Failed", aliases: &[], name_ko: None, summary_ko: "", reference: "RFC9110, Section 15.5.18", standard: true },
        Status::ImATeapot => &StatusInfo { phrase: "I'm a teapot", aliases: &[], name_ko: None, summary_ko: "", reference: "RFC9110, Section 15.5.19", standard: false },
        Status::EnhanceYourCalm => &StatusInfo { phrase: "Enhance Your Calm", aliases: &[], name_ko: None, summary_ko: "", reference: "Twitter API v1", standard: false },
        Status::MisdirectedRequest => &StatusInfo { phrase: "Misdirected Request", aliases: &[], name_ko: None, summary_ko: "", reference: "RFC9110, Section 15.5.20", standard: true },
        Status::UnprocessableContent => &StatusInfo { phrase: "Unprocessable Content", aliases: &[], name_ko: None, summary_ko: "", reference: "RFC9110, Section 15.5.21", standard: true },
        Status::Locked => &StatusInfo { phrase: "Locked", aliases: &[], name_ko: None, summary_ko: "", reference: "RFC4918", standard: true },
        Status::FailedDependency => &StatusInfo { phrase: "Failed Dependency", aliases: &[], name_ko: None, summary_ko: "", reference: "RFC4918", standard: true },
        Status::TooEarly => &StatusInfo { phrase: "Too Early", aliases: &[], name_ko: None, summary_ko: "", reference: "RFC8470", standard: true },
        Status::UpgradeRequired => &StatusInfo { phrase: "Upgrade Required", aliases: &[], name_ko: None, summary_ko: "", reference: "RFC9110, Section 15.5.22", standard: true },
        Status::PreconditionRequired => &StatusInfo { phrase: "Precondition Required", aliases: &[], name_ko: None, summary_ko: "", reference: "RFC6585", standard: true },
        Status::TooManyRequests => &StatusInfo { phrase: "Too Many Requests", aliases: &[], name_ko: None, summary_ko: "", reference: "RFC6585", standard: true },
        Status::RequestHeaderFieldsTooLarge => &StatusInfo { phrase: "Request Header Fields Too Large", aliases: &[], name_ko: None, summary_ko: "", reference: "RFC6585", standard: true },
        Status::UnavailableForLegalReasons => &StatusInfo { phrase: "Unavailable For Legal Reasons", aliases: &[], name_ko: None, summary_ko: "", reference: "RFC7725", standard: true },
        Status::InternalServerError => &StatusInfo { phrase: "Internal Server Error", aliases: &[], name_ko: None, summary_ko: "", reference: "RFC9110, Section 15.6.1", standard: true },
        Status::NotImplemented => &StatusInfo { phrase: "Not Implemented", aliases: &[], name_ko: None, summary_ko: "", reference: "RFC9110, Section 15.6.2", standard: true },
        Status::BadGateway => &StatusInfo { phrase: "Bad Gateway", aliases: &[], name_ko: None, summary_ko: "", reference: "RFC9110, Section 15.6.3", standard: true },
        Status::ServiceUnavailable => &StatusInfo { phrase: "Service Unavailable", aliases: &[], name_ko: None, summary_ko: "", reference: "RFC9110, Section 15.6.4", standard: true },
        Status::GatewayTimeout => &StatusInfo { phrase: "Gateway Timeout", aliases: &[], name_ko: None, summary_ko: "", reference: "RFC9110, Section 15.6.5", standard: true },
        Status::HttpVersionNotSupported => &StatusInfo { phrase: "HTTP Version Not Supported", aliases: &[], name_ko: None, summary_ko: "", reference: "RFC9110, Section 15.6.6", standard: true },
        Status::VariantAlsoNegotiates => &StatusInfo { phrase: "Variant Also Negotiates", aliases: &[], name_ko: None, summary_ko: "", reference: "RFC2295", standard: true },
        Status::InsufficientStorage => &StatusInfo { phrase: "Insufficient Storage", aliases: &[], name_ko: None, summary_ko: "", reference: "RFC4918", standard: true },
        Status::LoopDetected => &StatusInfo { phrase: "Loop Detected", aliases: &[], name_ko: None, summary_ko: "", reference: "RFC5842", standard: true },
        Status::NotExtended => &StatusInfo { phrase: "Not Extended", aliases: &[], name_ko: None, summary_ko: "", reference: "RFC2774", standard: true },
        Status::NetworkAuthenticationRequired => &StatusInfo { phrase: "Network Authentication Required", aliases: &[], name_ko: None, summary_ko: "", reference: "RFC6585", standard: true },
    }
}
