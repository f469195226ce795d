use statuskit::StatusEnum;

#[derive(Debug, Clone, Copy, StatusEnum)]
enum GetUser {
    NotFound,
    #[status(404)]
    Missing,
}

fn main() {}
