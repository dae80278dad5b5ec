//! `mlcareers WORDS...`: a person's own words. They are read as a question
//! ([`crate::query::question`]) and answered by the command that answers it, filtered by what
//! they name; words the reader does not recognize open the guide section or role they name, a
//! word of the data's vocabulary, the FAQ entry that clearly fits, else the search results. Every
//! answer says on stderr the command it ran (`note: read as: mlcareers ...`), so a person learns
//! the commands, and nobody has to guess why an answer came.

use anyhow::{Context, Result};

use super::{Ctx, Outcome, command, quote, spelled, split_words};
use crate::render::{Cmd, Money};
use crate::dataset::Source;
use crate::model::{Dataset, Level, Role};
use crate::query::Target;
use crate::query::faq::clear_winner;
use crate::query::lookup::{self, Lookup};
use crate::query::question::{self, Asked, End, Question};
use crate::query::skills::Reading;
use crate::query::words::{is_stopword, normalize, query_words, similarity, words as words_of};
use crate::render;
use crate::request::{
    self,     Command, Compare, Education, Faq, Glossary, Guide, Industries, Match, Path, Roles, Salary, Search, Skills,
    Sources,
};

/// What words after the program name ask: the section or role they name, else the answer or
/// search results for them as a question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Topic {
    pub words: String,
}

// The words as clap reads them: not by this type, which no tree holds (words are no command), but
// by `cli::TopicCli`, which reads a line that names no command.
#[derive(Debug, clap::Args)]
#[group(skip)]
pub struct Args {
    pub(crate) words: Vec<String>,
}

impl super::Command for Topic {
    // Not a command's name: the words form's schema is `words`, and no line types it.
    const NAME: &'static str = "words";
    const SUMMARY: &'static str = "A section, a role or a question";
    const TYPED: bool = false;
    const EXAMPLES: &'static [&'static str] = &["outlook", "cv", "do I need a phd"];
    type Args = Args;

    fn from_args(args: Args) -> Self {
        Topic { words: args.words.join(" ") }
    }

    fn arguments(&self) -> Vec<String> {
        split_words(&self.words)
    }

    fn run(&self, ctx: &mut Ctx) -> Result<Outcome> {
        run(ctx, &self.words)
    }

    /// Whichever command the words are read as: every view's schema, each branch titled with its
    /// command.
    fn schema() -> serde_json::Value {
        let views = super::schema::names().into_iter().filter(|name| !matches!(*name, "words" | "data check"));
        let schemas = views.filter_map(super::schema::of).collect();
        render::schema::any_of("words", schemas)
    }
}

/// How much of the line a note says: a question of a mebibyte is a search for all of it, and the
/// note says so in its first words.
const MAX: usize = 200;

pub fn run(ctx: &mut Ctx, words: &str) -> Result<Outcome> {
    // Words that are a section's name open it (`outlook`), as they always have: the question
    // reader would read a role that shares the word.
    let names_section = matches!(lookup::named(words, &ctx.dataset().guide), Lookup::Found(_));
    let view = match if names_section { None } else { read(ctx, words) } {
        Some(view) => view,
        None => topic(ctx, words)?,
    };
    let mut line = super::with_data(ctx.data, spelled(&view));
    if let Some((end, _)) = line.char_indices().nth(MAX) {
        line = format!("{}...", &line[..end]);
    }
    // Each item was escaped and cut as it was spelled; `--data`'s path by the program's own rule.
    writeln!(ctx.err, "note: read as: {}", crate::render::escape_controls(&line))
        .context("cannot write notes")?;
    view.run(ctx)
}

/// The answer to words read as a question, as `explore` shows it first in its list.
pub(crate) struct Answer {
    /// The command line the words are read as.
    pub command: String,
    /// What its page says, in short (`Top pay: Senior Level, $170,000 – $220,000+`).
    pub heading: String,
}

/// The answer to `words` when the question reader recognizes a question in them (`explore` shows
/// it as its first row); `None` for words it leaves to the topic reading.
pub(crate) fn question_answer(
    dataset: &Dataset,
    data: &Source,
    baked: Option<&'static crate::query::terms::Baked>,
    words: &str,
) -> Option<Answer> {
    let (mut out, mut err) = (std::io::sink(), std::io::sink());
    let options = crate::render::Options {
        format: crate::render::Format::Table,
        width: 80,
        color: false,
        unicode: true,
        headers: true,
    };
    let mut ctx = Ctx { dataset: Some(dataset), out: &mut out, err: &mut err, options, data, baked, readings: Vec::new() };
    let (view, question) = read_question(&mut ctx, words)?;
    let heading = heading(dataset, &question, &view);
    Some(Answer { command: super::with_data(data, spelled(&view)), heading })
}

/// What the page of `view` says, in a line: the facts it answers with where they are short (the
/// top band, what an abbreviation stands for), else what it shows.
fn heading(dataset: &Dataset, question: &Question, view: &Command) -> String {
    let role = |id: &str| dataset.roles.iter().find(|role| role.id == id);
    let title = |id: &str| role(id).map_or_else(|| id.to_owned(), |role| role.title.to_string());
    let levels = |typed: &[String]| -> String {
        let titles: Vec<&str> = if question.levels.is_empty() {
            typed
                .iter()
                .map(|id| {
                    Level::ALL
                        .into_iter()
                        .find(|level| level.id() == id)
                        .map_or(id.as_str(), |level| dataset.level_title(level))
                })
                .collect()
        } else {
            question.levels.iter().map(|level| dataset.level_title(*level)).collect()
        };
        titles.join(", ")
    };
    match view {
        Command::Roles(Roles { .. }) if matches!(question.asked, Asked::TopPay | Asked::LowPay) => {
            let top = question.asked == Asked::TopPay;
            end_band(dataset, top).map_or_else(String::new, |band| {
                format!(
                    "{} pay: {}, {}; the roles open at it",
                    if top { "Top" } else { "Lowest" },
                    dataset.level_title(band.level),
                    band.range()
                )
            })
        }
        Command::Roles(Roles { levels: typed, .. }) if typed.is_empty() => {
            "Every role, its work, levels and pay".to_owned()
        }
        Command::Roles(Roles { levels: typed, only }) => {
            format!("Roles open at {}{}", levels(typed), if *only { " only" } else { "" })
        }
        Command::Role(request::Role { name }) => match role(name) {
            Some(role) => format!("{}: {}", role.title, role.responsibilities),
            None => format!("The role {name}"),
        },
        Command::Salary(Salary { figure: None, role: Some(id), .. }) => format!("Pay of {}, by level", title(id)),
        Command::Salary(Salary { figure: None, levels: typed, .. }) if !typed.is_empty() => format!("Pay at {}", levels(typed)),
        Command::Salary(Salary { figure: None, .. }) => "Salary bands by experience level".to_owned(),
        Command::Salary(Salary { figure: Some(figure), .. }) => {
            format!("Where {} a year sits among the salary bands", crate::usd::dollars(*figure))
        }
        Command::Path(Path { from, to }) => format!("From {} to {}: what carries over", title(from), title(to)),
        Command::Skills(Skills { role: Some(id) }) => format!("Skills for {}", title(id)),
        Command::Skills(Skills { role: None }) => "The skills the article names".to_owned(),
        Command::Education(Education) => "Degrees and the other ways in".to_owned(),
        Command::Industries(Industries { name: Some(name) }) => format!("Industries: {name}"),
        Command::Industries(Industries { name: None }) => "The industries and employers that hire".to_owned(),
        Command::Glossary(Glossary { .. }) => match question.abbreviations.as_slice() {
            [entry] => format!("{} stands for {}", entry.abbreviation, entry.meaning),
            [] => "Abbreviations and what they stand for".to_owned(),
            entries => {
                let each: Vec<String> = entries
                    .iter()
                    .map(|entry| format!("{} stands for {}", entry.abbreviation, entry.meaning))
                    .collect();
                each.join("; ")
            }
        },
        Command::Faq(Faq { .. }) => "The article's questions and answers".to_owned(),
        Command::Compare(Compare { roles }) if roles.len() == dataset.roles.len() => "Every role side by side".to_owned(),
        Command::Compare(Compare { roles }) => {
            format!("{} side by side", roles.iter().map(|id| title(id)).collect::<Vec<_>>().join(", "))
        }
        Command::Match(Match { skills, .. }) => format!("Roles ranked by your skills: {}", skills.join(", ")),
        Command::Sources(Sources) => "Where the figures come from".to_owned(),
        Command::Guide(Guide { section: Some(id), .. }) => {
            match dataset.guide.iter().find(|section| section.id == id.as_str()) {
                Some(section) => format!("Guide: {}", section.title),
                None => format!("Guide: {id}"),
            }
        }
        Command::Guide(Guide { section: None, .. }) => "The article's sections".to_owned(),
        Command::Search(Search { query, .. }) | Command::Topic(Topic { words: query }) => format!("What matches '{query}'"),
        // The question reader answers with views of the data only.
        other => super::spelled(other),
    }
}

/// The view that answers `words` as a question, with the readings that say how a word was taken;
/// `None` when the reader recognizes no question in them.
fn read(ctx: &mut Ctx, words: &str) -> Option<Command> {
    read_question(ctx, words).map(|(view, _)| view)
}

/// [`read`], and the question read.
fn read_question<'d>(ctx: &mut Ctx<'d>, words: &str) -> Option<(Command, Question<'d>)> {
    let question = question::read(ctx.dataset(), words);
    let view = answering(ctx, &question, words)?;
    Some((view, question))
}

/// The view that answers `question`, read from `words`.
fn answering(ctx: &mut Ctx, question: &Question, words: &str) -> Option<Command> {
    let dataset = ctx.dataset();
    let ids = |roles: &[&Role]| -> Vec<String> { roles.iter().map(|role| role.id.to_string()).collect() };
    // Levels as the words named them (`graduate`), so the answer says what each was read as.
    let levels = |_: &[Level]| -> Vec<String> { question.level_words.clone() };
    let first = question.roles.first().map(|role| role.id.to_string());
    let closed = closed_levels(ctx, question);
    let pay_levels = || if closed { Vec::new() } else { levels(&question.levels) };
    if let Some(outside) = &question.outside {
        outside_reading(ctx, outside);
    }
    say_gaps(ctx, question, words);
    let view = match question.asked {
        Asked::Meaning => meaning_view(ctx, question),
        Asked::Match => Command::Match(Match {
            skills: if question.skills.is_empty() {
                question.named_skills.clone()
            } else {
                question.skills.clone()
            },
            levels: levels(&question.levels),
            strict: false,
            all: false,
        }),
        Asked::Position => Command::Salary(Salary {
            figure: Some(question.figure.unwrap_or_default()),
            levels: pay_levels(),
            role: first,
            chart: false,
        }),
        Asked::Path => path_view(ctx, question)?,
        Asked::Compare if question.roles.is_empty() => {
            Command::Compare(Compare { roles: ids(&dataset.roles.iter().collect::<Vec<_>>()) })
        }
        Asked::Compare => Command::Compare(Compare { roles: ids(&question.roles) }),
        Asked::Faq => Command::Faq(Faq { query: None }),
        Asked::Changing => {
            ctx.read(
                "The article's conclusion speaks to students, experienced developers and career changers alike, \
                 and its education section says there is no single path into this career"
                    .to_owned(),
            );
            return section(dataset, "conclusion");
        }
        Asked::Count => {
            count_reading(ctx);
            Command::Sources(Sources)
        }
        Asked::Sources => Command::Sources(Sources),
        Asked::TopPay | Asked::LowPay => {
            let top = question.asked == Asked::TopPay;
            let band = end_band(dataset, top)?;
            ctx.read(format!(
                "The article gives pay by experience level, not by role: its {} band is {}'s, {}; these are the roles open at it",
                if top { "top" } else { "lowest" },
                dataset.level_title(band.level),
                Money(&band.range())
            ));
            Command::Roles(Roles { levels: vec![band.level.id().to_owned()], only: false })
        }
        Asked::Pay => {
            place_reading(ctx, question, words);
            Command::Salary(Salary { figure: None, levels: pay_levels(), role: first, chart: false })
        }
        Asked::Education => Command::Education(Education),
        Asked::Skills => Command::Skills(Skills { role: first }),
        Asked::Industries => {
            if !question.roles.is_empty() && question.industry.is_none() {
                ctx.read(
                    "These are the industries and employers the article names for machine learning jobs as a \
                     whole, not for one role"
                        .to_owned(),
                );
            }
            Command::Industries(Industries { name: question.industry.map(|entry| entry.name.to_string()) })
        }
        Asked::Outlook => return section(dataset, "outlook"),
        Asked::Challenges => return section(dataset, "challenges"),
        Asked::Prepare => return section(dataset, "prepare"),
        Asked::Roles => roles_view(dataset, question, words, &levels(&question.levels)),
        Asked::Role => {
            let interest = question.interest.map(|role| role.id.to_string());
            if let (None, Some(role)) = (&first, question.interest) {
                ctx.read(format!(
                    "{} is the role whose work is what the words name (Table 1: \"{}\")",
                    role.title, role.responsibilities
                ));
            }
            Command::Role(request::Role { name: first.or(interest).unwrap_or_default() })
        }
        Asked::Unknown if question.outside.is_some() => Command::Roles(Roles { levels: Vec::new(), only: false }),
        Asked::Unknown => return None,
    };
    Some(view)
}

/// The top salary band (the highest maximum), or the lowest (the lowest minimum).
fn end_band(dataset: &Dataset, top: bool) -> Option<&crate::model::SalaryBand> {
    let bands = dataset.salary.bands.iter();
    if top { bands.max_by_key(|band| band.max_usd) } else { bands.min_by_key(|band| band.min_usd) }
}

/// The glossary entry the words ask the meaning of; the whole glossary, saying so, for several.
fn meaning_view(ctx: &mut Ctx, question: &Question) -> Command {
    if let Some(term) = &question.unknown_term {
        ctx.read(format!(
            "{} is not an abbreviation the article or its outside sources use; these are the ones they do",
            quote(&term.to_uppercase())
        ));
        return Command::Glossary(Glossary { term: None });
    }
    match question.abbreviations.as_slice() {
        [entry] => Command::Glossary(Glossary { term: Some(entry.abbreviation.to_string()) }),
        entries => {
            let names: Vec<&str> = entries.iter().map(|entry| entry.abbreviation.as_str()).collect();
            ctx.read(format!(
                "The words name {}: the glossary gives each, with where the article uses it",
                names.join(" and ")
            ));
            Command::Glossary(Glossary { term: None })
        }
    }
}

/// Whether pay is asked of a role at a level it is not open at (`junior ml engineer salary`): the
/// role's own levels answer, and a reading says why.
fn closed_levels(ctx: &mut Ctx, question: &Question) -> bool {
    let Some(role) = question.roles.first() else { return false };
    let closed = !question.levels.is_empty()
        && !question.levels.iter().any(|level| role.levels.contains(level))
        && matches!(question.asked, Asked::Pay | Asked::Position);
    if closed {
        let asked: Vec<&str> = question.levels.iter().map(|level| ctx.dataset().level_title(*level)).collect();
        ctx.read(format!(
            "{} is open at {} (Table 1), not at {}: these are its levels; {} gives that band",
            role.title,
            role.experience(),
            asked.join(" or "),
            Cmd(&format!("mlcareers salary --level {}", question.levels[0].id()))
        ));
    }
    closed
}

/// Readings for what the words ask that the data holds otherwise: years of experience (the article
/// gives levels), a kind of degree (it speaks of degrees and graduate programs), a role at a level
/// it is not open at, an outlook for one role (the article's is for the field).
fn say_gaps(ctx: &mut Ctx, question: &Question, words: &str) {
    let dataset = ctx.dataset();
    let levels: Vec<&str> = dataset.levels.iter().map(|level| level.title.as_str()).collect();
    let typed = query_words(words);
    let how_long = typed.windows(2).any(|pair| pair[0] == "how" && pair[1] == "long")
        || typed
            .windows(3)
            .any(|three| three[0] == "how" && three[1] == "many" && three[2].starts_with("year"));
    if question.years.is_some() || how_long {
        let years = question
            .years
            .map_or_else(String::new, |years| format!(", so {years} years is not placed on them"));
        ctx.read(format!(
            "The article gives experience as levels ({}), not as years or durations{years}; its pay is by level",
            levels.join(", ")
        ));
    }
    let degree = ["phd", "doctorate", "master", "masters", "msc", "bachelor", "bachelors", "bsc"];
    if question.asked == Asked::Education
        && let Some(kind) = typed.iter().find(|word| degree.contains(&word.as_str()))
    {
        ctx.read(format!(
            "'{kind}' counts as a degree here: this is what the article says of degrees, graduate programs and the other ways in"
        ));
    }
    for role in &question.roles {
        let closed: Vec<&str> = question
            .levels
            .iter()
            .filter(|level| !role.levels.contains(level))
            .map(|level| dataset.level_title(*level))
            .collect();
        let about_role = matches!(
            question.asked,
            Asked::Role | Asked::Education | Asked::Skills | Asked::Roles | Asked::Prepare
        );
        if !closed.is_empty() && about_role {
            ctx.read(format!(
                "{} is open at {} (Table 1), not at {}; {} lists the roles open at a level",
                role.title,
                role.experience(),
                closed.join(" or "),
                Cmd("mlcareers roles --level LEVEL")
            ));
        } else if closed.is_empty() && matches!(question.asked, Asked::Education | Asked::Prepare) {
            ctx.read(format!(
                "The article's advice here is the same for every role; {} is open at {} (Table 1), and its page \
                 says what it asks for: {}",
                role.title,
                role.experience(),
                Cmd(&format!("mlcareers role {}", role.id))
            ));
        }
        // What BLS says of the role's occupation that the question asks about.
        let wanted = match question.asked {
            Asked::Outlook => Some("outlook"),
            Asked::Education => Some("education"),
            Asked::Count => Some("number of jobs"),
            _ => None,
        };
        if let (Some(wanted), Some(occupation)) = (wanted, dataset.outside.occupation_of(&role.id)) {
            let figures: Vec<String> = occupation
                .figures
                .iter()
                .filter(|figure| figure.figure.to_lowercase().contains(wanted))
                .map(|figure| {
                    format!("{} {} ({})", figure.figure.to_lowercase(), figure.value, figure.period)
                })
                .collect();
            if !figures.is_empty() {
                ctx.read(format!(
                    "BLS, for {} ({}), the occupation of the {}: {} ({})",
                    occupation.title,
                    occupation.soc,
                    role.title,
                    figures.join("; "),
                    Cmd(&format!("mlcareers role {}", role.id))
                ));
            }
        }
    }
    if question.asked == Asked::Outlook
        && (!question.roles.is_empty()
            || typed.iter().any(|word| ["which", "role", "career", "job"].contains(&word.as_str())))
    {
        ctx.read(format!(
            "The article's outlook is for machine learning jobs as a whole, not for one role; a role's page \
             ({}) shows the BLS outlook where BLS has one",
            Cmd("mlcareers role NAME")
        ));
    }
}

/// A move: between two roles, from a title outside the article to a role (what carries over, and
/// the role's page), or from such a title to the field at large (the roles the skills it carries
/// fit, else how to prepare).
fn path_view(ctx: &mut Ctx, question: &Question) -> Option<Command> {
    let dataset = ctx.dataset();
    let view = match (question.roles.as_slice(), &question.outside) {
        ([from, to, ..], _) => Command::Path(Path { from: from.id.to_string(), to: to.id.to_string() }),
        ([role], Some(outside)) if question.outside_first => {
            carry_over(ctx, outside, role);
            Command::Role(request::Role { name: role.id.to_string() })
        }
        ([role], _) => Command::Role(request::Role { name: role.id.to_string() }),
        ([], Some(outside)) => {
            let carried = carried(dataset, outside, None);
            if carried.is_empty() {
                return section(dataset, "prepare");
            }
            ctx.read(format!(
                "From {}: of the skills {} lists, {} {} over; these are the roles ranked by {}",
                quote(&title_case(outside)),
                Cmd("mlcareers skills"),
                carried.join(", "),
                if carried.len() == 1 { "carries" } else { "carry" },
                if carried.len() == 1 { "it" } else { "them" }
            ));
            Command::Match(Match {
                skills: carried.iter().map(|skill| skill.to_lowercase()).collect(),
                levels: Vec::new(),
                strict: false,
                all: false,
            })
        }
        _ => return None,
    };
    Some(view)
}

/// The roles a question about roles asks for: open only at the top level (`most experience`), at
/// the lowest (`where can i start`), or at the levels named.
fn roles_view(dataset: &Dataset, question: &Question, words: &str, levels: &[String]) -> Command {
    let asked = query_words(words);
    let most = asked.iter().any(|word| ["most", "highest", "more", "longest"].contains(&word.as_str()));
    let experience = asked.iter().any(|word| word.starts_with("experience") || word == "seniority");
    if experience && most {
        let top = dataset.levels.last().map_or(Level::Senior, |level| level.id);
        Command::Roles(Roles { levels: vec![top.id().to_owned()], only: true })
    } else if question.levels.is_empty() && (crate::query::question::asks_to_start(&asked) || question.end == Some(End::Least)) {
        let low = dataset.levels.first().map_or(Level::Entry, |level| level.id);
        Command::Roles(Roles { levels: vec![low.id().to_owned()], only: false })
    } else {
        Command::Roles(Roles { levels: levels.to_vec(), only: question.only })
    }
}

/// The counts of jobs beside the article: BLS's number of jobs for each occupation that has one.
fn count_reading(ctx: &mut Ctx) {
    let dataset = ctx.dataset();
    let counts: Vec<String> = dataset
        .outside
        .occupations
        .iter()
        .flat_map(|occupation| {
            let jobs = occupation
                .figures
                .iter()
                .filter(|figure| figure.figure.to_lowercase().contains("number of jobs"));
            jobs.map(move |figure| {
                format!("{} {} ({}, {})", occupation.title, figure.value, figure.period, occupation.soc)
            })
        })
        .collect();
    if !counts.is_empty() {
        ctx.read(format!(
            "Job counts beside the article, from BLS: {} (below: every source, with its address and period)",
            counts.join("; ")
        ));
    }
}

/// The guide section that `name` names.
fn section(dataset: &Dataset, name: &str) -> Option<Command> {
    match lookup::named(name, &dataset.guide) {
        Lookup::Found(section) => Some(Command::Guide(Guide { section: Some(section.id.to_string()), all: false })),
        _ => None,
    }
}

/// A job title the dataset lacks, said to be so, once.
fn outside_reading(ctx: &mut Ctx, outside: &str) {
    let roles: Vec<&str> = ctx.dataset().roles.iter().map(|role| role.title.as_str()).collect();
    let title = title_case(outside);
    ctx.read(format!(
        "{} is not a role in the article; its roles are {} ({})",
        quote(&title),
        roles.join(", "),
        Cmd("mlcareers roles")
    ));
}

/// What carries over from a title the dataset lacks to `role`: the skills the article names whose
/// words are in the title (`software engineer`: Software engineering).
fn carry_over(ctx: &mut Ctx, outside: &str, role: &Role) {
    let carried = carried(ctx.dataset(), outside, Some(role));
    let title = title_case(outside);
    let reading = if carried.is_empty() {
        format!(
            "From {}: no skill {} lists is in that title; see what yours cover with {}. The page of {} below says what it asks for and how to get there",
            quote(&title),
            Cmd("mlcareers skills"),
            Cmd("mlcareers match --skills SKILL,SKILL"),
            role.title
        )
    } else {
        format!(
            "From {}: of the skills {} lists, {} {} over; the page of {} below says what else it asks for and how to get there",
            quote(&title),
            Cmd("mlcareers skills"),
            carried.join(", "),
            if carried.len() == 1 { "carries" } else { "carry" },
            role.title
        )
    };
    ctx.read(reading);
}

/// The skills the dataset names whose every word is in a title it lacks (`software engineer`:
/// Software engineering, not Statistical software; `data analyst`: Data analysis, a Data
/// Scientist's own), one of them a word of the trade, not of every title (`engineer`, `data`):
/// the skills every role asks for, and the own skills of `role`, or of every role when none is the
/// goal.
fn carried<'a>(dataset: &'a Dataset, outside: &str, role: Option<&Role>) -> Vec<&'a str> {
    let title: Vec<String> = words_of(outside).into_iter().filter(|word| !is_stopword(word)).collect();
    let generic = |word: &str| ["engineer", "developer", "data", "machine", "learning", "ai"].contains(&word);
    let in_title = |word: &str| title.iter().any(|own| similarity(own, word) >= 0.8);
    let own = dataset.skills.by_role.iter().filter(|link| role.is_none_or(|role| link.role == role.id));
    let mut carried: Vec<&str> = dataset
        .skills
        .essential()
        .chain(own.map(|link| link.skill.as_str()))
        .filter(|skill| {
            let words: Vec<String> = words_of(skill).into_iter().filter(|word| !is_stopword(word)).collect();
            words.iter().all(|word| in_title(word))
                && words.iter().any(|word| {
                    !generic(word) && title.iter().any(|own| !generic(own) && similarity(own, word) >= 0.8)
                })
        })
        .collect();
    let mut seen = std::collections::HashSet::new();
    carried.retain(|skill| seen.insert(*skill));
    carried
}

/// A pay question that names a place or an industry: the article gives no figures by either.
fn place_reading(ctx: &mut Ctx, question: &Question, words: &str) {
    let typed = query_words(words);
    let sector = typed.iter().any(|word| {
        ["industry", "industries", "industy", "sector", "sectors", "field"].contains(&word.as_str())
    });
    let depends: Vec<String> = ctx.dataset().salary.depends_on.iter().map(|text| text.to_lowercase()).collect();
    let by = |what: &str| depends.iter().any(|depend| depend.contains(what));
    // As the article lists them: "location, experience level, and industry".
    let listed = match depends.split_last() {
        Some((last, rest)) if rest.len() > 1 => format!("{}, and {last}", rest.join(", ")),
        Some((last, [first])) => format!("{first} and {last}"),
        _ => depends.join(""),
    };
    if question.location && by("location") {
        ctx.read(format!(
            "The article says salaries vary with {listed}, and gives its figures by experience level only, not by location"
        ));
    } else if (question.industry.is_some() || sector) && by("industry") {
        ctx.read(format!(
            "The article says salaries vary with {listed}, and gives its figures by experience level only, not by industry",
        ));
    }
}

fn title_case(text: &str) -> String {
    text.split(' ')
        .map(|word| {
            let mut chars = word.chars();
            chars.next().map_or_else(String::new, |first| first.to_uppercase().chain(chars).collect())
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Words the question reader does not recognize: the section or role they name, a word of the
/// vocabulary, the FAQ entry that clearly fits, else the search results.
fn topic(ctx: &mut Ctx, words: &str) -> Result<Command> {
    let dataset = ctx.dataset();
    let section = match lookup::named(words, &dataset.guide) {
        Lookup::Found(section) => Some(section),
        _ => None,
    };
    let named_role = match lookup::named(words, &dataset.roles) {
        Lookup::Found(role) => Some(role),
        _ => None,
    };
    if let Some(section) = section {
        if let Some(other) = named_role {
            // The section wins; the role it also names is one command away, and this says which.
            writeln!(
                ctx.err,
                "note: '{}' also names the role {}: {}",
                quote(words),
                quote(&other.title),
                command(Target::Role(&other.id))
            )
            .context("cannot write notes")?;
        }
        return Ok(Command::Guide(Guide { section: Some(section.id.to_string()), all: false }));
    }
    // Words of the article's own title (`machine learning`, `ml`, `jobs`) name what the whole
    // article is about, not one role: they ask the question whose words are all such words (the
    // article's "What are machine learning jobs?"), else they are searched for.
    let title_words = words_of(&dataset.article.title);
    let general = |words: &[String]| {
        let wanted: Vec<&String> = words.iter().filter(|word| !is_stopword(word)).collect();
        !wanted.is_empty()
            && wanted.iter().all(|word| title_words.iter().any(|title| similarity(word, title) > 0.0))
    };
    if general(&query_words(words)) {
        if let Some(entry) = dataset.faq.iter().find(|faq| general(&query_words(&faq.question))) {
            return Ok(Command::Faq(Faq { query: Some(entry.number.to_string()) }));
        }
        return Ok(search(words));
    }
    if let Some(found) = named_role {
        return Ok(Command::Role(request::Role { name: found.id.to_string() }));
    }
    // A word of the data's own vocabulary answers with what it counts as.
    let typed = normalize(words);
    if let Some(known) = dataset.vocabulary.level_words.iter().find(|known| normalize(&known.word) == typed) {
        ctx.read(format!(
            "{} reads as {} (derived: {}); these are the roles open at it, and its band is at {}",
            quote(words.trim()),
            quote(dataset.level_title(known.level)),
            known.reason,
            Cmd(&command(Target::Salary(Some(known.level))))
        ));
        return Ok(Command::Roles(Roles { levels: vec![known.level.id().to_owned()], only: false }));
    }
    if let Some(Reading::Counted { alias, skills: counted }) =
        crate::query::skills::read_exactly(dataset, words)
    {
        let example =
            if alias.alias.contains(' ') { format!("\"{}\"", alias.alias) } else { alias.alias.to_string() };
        ctx.read(format!(
            "{} counts as {}{} (derived: {}) Rank the roles by your skills with: {}",
            quote(&alias.alias),
            quote(&alias.skill),
            if counted.len() > 1 { format!(" ({})", render::shown_list(&counted)) } else { String::new() },
            alias.reason,
            Cmd(&format!("mlcareers match --skills {}", example.to_lowercase()))
        ));
        return Ok(Command::Skills(Skills { role: None }));
    }
    if let Some(entry) = clear_winner(words, &dataset.faq, ctx.baked) {
        return Ok(Command::Faq(Faq { query: Some(entry.number.to_string()) }));
    }
    Ok(search(words))
}

fn search(words: &str) -> Command {
    Command::Search(Search { query: words.trim().to_owned(), limit: None })
}
