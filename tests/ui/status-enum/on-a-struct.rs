use statuskit::StatusEnum;

#[derive(StatusEnum)]
struct NotFound;

fn main() {}
