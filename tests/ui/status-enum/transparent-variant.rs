use statuskit::StatusEnum;

#[derive(Debug, Clone, Copy, StatusEnum)]
enum GetUser {
    Ok,
    #[status(transparent)]
    Inner,
}

fn main() {}
