use statuskit::StatusEnum;

#[derive(Debug, Clone, Copy, StatusEnum)]
enum GetUser {
    Ok,
    #[status(299)]
    Odd,
}

fn main() {}
