fn main() {
    // lalrpop's default lane-table construction builds this grammar into a small table, but on
    // a conflict it dumps whole LR(0) states. Set MLRUN_GRAMMAR_DEBUG=1 while editing the
    // grammar: canonical LR(1) stops at the first conflict and explains it with an example
    // (the table it makes is ten times larger, so it is not the default).
    if std::env::var_os("MLRUN_GRAMMAR_DEBUG").is_some() {
        std::env::set_var("LALRPOP_LANE_TABLE", "disabled");
    }
    lalrpop::Configuration::new()
        .use_cargo_dir_conventions()
        .process()
        .unwrap_or_else(|e| {
            eprintln!("lalrpop: {e}");
            std::process::exit(1)
        });
}
