fn main() {
    std::process::exit(mlrun_dream::cli::main());
}
