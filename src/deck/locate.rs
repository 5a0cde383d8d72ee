//! Finds where in the JSON text a value lives, from its JSON path (`cards[3].sources[0]`), so
//! editors get `line:column` for validation errors as well as for parse errors.

/// One step of a JSON path.
#[derive(Debug, PartialEq, Eq)]
enum Step<'a> {
    Key(&'a str),
    Index(usize),
}

fn steps(path: &str) -> Option<Vec<Step<'_>>> {
    let mut out = Vec::new();
    for part in path.split('.').filter(|p| !p.is_empty()) {
        let (key, mut rest) = match part.find('[') {
            Some(at) => (&part[..at], &part[at..]),
            None => (part, ""),
        };
        if !key.is_empty() {
            out.push(Step::Key(key));
        }
        while let Some(inner) = rest.strip_prefix('[') {
            let close = inner.find(']')?;
            out.push(Step::Index(inner[..close].parse().ok()?));
            rest = &inner[close + 1..];
        }
    }
    Some(out)
}

struct Scanner<'a> {
    b: &'a [u8],
    i: usize,
}

impl<'a> Scanner<'a> {
    fn ws(&mut self) {
        while self.b.get(self.i).is_some_and(|c| c.is_ascii_whitespace()) {
            self.i += 1;
        }
    }

    fn eat(&mut self, c: u8) -> Option<()> {
        self.ws();
        (self.b.get(self.i) == Some(&c)).then(|| self.i += 1)
    }

    /// Reads a string starting at `"`, returning its raw (unescaped-as-is) contents.
    fn string(&mut self) -> Option<&'a [u8]> {
        self.eat(b'"')?;
        let start = self.i;
        while let Some(&c) = self.b.get(self.i) {
            match c {
                b'\\' => self.i += 2,
                b'"' => {
                    self.i += 1;
                    let b: &'a [u8] = self.b;
                    return b.get(start..self.i - 1);
                }
                _ => self.i += 1,
            }
        }
        None
    }

    fn skip(&mut self, depth: usize) -> Option<()> {
        if depth > 256 {
            return None;
        }
        self.ws();
        match *self.b.get(self.i)? {
            b'"' => self.string().map(|_| ()),
            b'{' => {
                self.i += 1;
                if self.eat(b'}').is_some() {
                    return Some(());
                }
                loop {
                    self.string()?;
                    self.eat(b':')?;
                    self.skip(depth + 1)?;
                    if self.eat(b',').is_none() {
                        return self.eat(b'}');
                    }
                }
            }
            b'[' => {
                self.i += 1;
                if self.eat(b']').is_some() {
                    return Some(());
                }
                loop {
                    self.skip(depth + 1)?;
                    if self.eat(b',').is_none() {
                        return self.eat(b']');
                    }
                }
            }
            _ => {
                while self
                    .b
                    .get(self.i)
                    .is_some_and(|c| !matches!(c, b',' | b'}' | b']') && !c.is_ascii_whitespace())
                {
                    self.i += 1;
                }
                Some(())
            }
        }
    }

    /// Moves to the value at `path` (below the current value) and returns its byte offset.
    fn find(&mut self, path: &[Step<'_>]) -> Option<usize> {
        self.ws();
        let Some((first, rest)) = path.split_first() else {
            return Some(self.i);
        };
        match first {
            Step::Key(key) => {
                self.eat(b'{')?;
                loop {
                    let name = self.string()?;
                    self.eat(b':')?;
                    if name == key.as_bytes() {
                        return self.find(rest);
                    }
                    self.skip(0)?;
                    self.eat(b',')?;
                }
            }
            Step::Index(n) => {
                self.eat(b'[')?;
                for _ in 0..*n {
                    self.skip(0)?;
                    self.eat(b',')?;
                }
                self.find(rest)
            }
        }
    }
}

/// The 1-based line and column (in characters) of the value at `path` in `json`, if found.
pub fn locate(json: &str, path: &str) -> Option<(usize, usize)> {
    let steps = steps(path)?;
    let offset = Scanner {
        b: json.as_bytes(),
        i: 0,
    }
    .find(&steps)?;
    let before = json.get(..offset)?;
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().unwrap_or("").chars().count() + 1;
    Some((line, column))
}
