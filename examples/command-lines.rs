//! Every command's example lines, in the registry's order (`cmd::ALL`), one a line: the commands
//! `scripts/bench.sh` measures, so that a new command is measured without a list to keep.

fn main() {
    for entry in mlcareers::cmd::ALL {
        for line in entry.examples {
            println!("{line}");
        }
    }
}
