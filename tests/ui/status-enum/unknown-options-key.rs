use statuskit::StatusEnum;

#[derive(Debug, Clone, Copy, StatusEnum)]
#[status_enum(path = statuskit)]
enum GetUser {
    Ok,
}

fn main() {}
