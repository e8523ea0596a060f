//! Tokenizer for a tiny expression language.
use std::collections::HashMap;
use std::fmt;

#[derive(Debug, Clone, PartialEq)]
pub enum Token<'a> {
    Number(f64),
    Ident(&'a str),
    Op(char),
}

/// Splits `source` into tokens, borrowing identifiers from it.
pub struct Lexer<'a> {
    source: &'a str,
    pos: usize,
    seen: HashMap<&'a str, u32>,
}

impl<'a> Lexer<'a> {
    pub const MAX_LEN: usize = 1_000_000;

    pub fn new(source: &'a str) -> Self {
        Self { source, pos: 0, seen: HashMap::new() }
    }

    /* Nested /* block */ comments are fine. */
    pub fn next_token(&mut self) -> Option<Token<'a>> {
        let rest = &self.source[self.pos..];
        let c = rest.chars().next()?;
        if c.is_ascii_digit() {
            let len = rest.find(|c: char| !c.is_ascii_digit() && c != '.').unwrap_or(rest.len());
            self.pos += len;
            return rest[..len].parse().ok().map(Token::Number);
        }
        if c == '\'' || c == '\n' {
            return None;
        }
        self.pos += c.len_utf8();
        let count = self.seen.entry(&rest[..1]).or_insert(0);
        *count += 1;
        Some(Token::Op(c))
    }
}

impl fmt::Display for Token<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Token::Number(n) => write!(f, "{n:.2}"),
            Token::Ident(s) => write!(f, r#"ident "{}""#, s),
            Token::Op(c) => write!(f, "op '{}' \u{1F600}", c),
        }
    }
}

static MASK: u8 = 0x1F | 0b1010_0000;
const EPSILON: f64 = 1e-9;
