// The VM allocates many small blocks that live briefly, as OCaml programs do; mimalloc serves
// that pattern much faster than the system allocator (see bench/).
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    // The front end and the lowering recurse over the tree (a 100,000-element list literal is
    // that deep); a large stack keeps them from overflowing. The VM itself does not recurse.
    let worker = std::thread::Builder::new().stack_size(1 << 30).spawn(mlrun_dream::cli::main);
    let code = match worker.map(|w| w.join()) {
        Ok(Ok(code)) => code,
        _ => 3,
    };
    std::process::exit(code);
}
