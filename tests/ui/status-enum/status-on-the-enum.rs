use statuskit::StatusEnum;

#[derive(Debug, Clone, Copy, StatusEnum)]
#[status(404)]
enum GetUser {
    Ok,
}

fn main() {}
