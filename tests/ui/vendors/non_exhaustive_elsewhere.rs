// A vendor's table is `#[non_exhaustive]`: outside its crate, a match needs a
// wildcard arm even when it names every row, so that a row added in a later
// release breaks no one.
use vendor_codes::vendors::bigml::ResourceStatus;

fn action(status: ResourceStatus) -> &'static str {
    match status {
        ResourceStatus::Waiting
        | ResourceStatus::Queued
        | ResourceStatus::Started
        | ResourceStatus::InProgress
        | ResourceStatus::Summarized => "poll",
        ResourceStatus::Finished => "done",
        ResourceStatus::Faulty => "report",
        ResourceStatus::Unknown => "unknown",
        ResourceStatus::Other(_) => "unlisted",
    }
}

fn main() {
    let _ = action(ResourceStatus::Finished);
}
