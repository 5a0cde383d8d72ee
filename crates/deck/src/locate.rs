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

impl Scanner<'_> {
    /// Walks the value at the cursor; whenever its span contains `target`, records its path
    /// (children come later, so the deepest value wins).
    fn walk(
        &mut self,
        path: &mut String,
        target: usize,
        best: &mut Option<String>,
        depth: usize,
    ) -> Option<()> {
        if depth > 256 {
            return None;
        }
        self.ws();
        let start = self.i;
        let len = path.len();
        let before = best.clone();
        match *self.b.get(self.i)? {
            b'{' => {
                self.i += 1;
                if start <= target {
                    *best = Some(path.clone());
                }
                if self.eat(b'}').is_none() {
                    loop {
                        let key = self.string()?;
                        let key = String::from_utf8_lossy(key).into_owned();
                        self.eat(b':')?;
                        if !path.is_empty() {
                            path.push('.');
                        }
                        path.push_str(&key);
                        self.walk(path, target, best, depth + 1)?;
                        path.truncate(len);
                        if self.eat(b',').is_none() {
                            self.eat(b'}')?;
                            break;
                        }
                    }
                }
            }
            b'[' => {
                self.i += 1;
                if start <= target {
                    *best = Some(path.clone());
                }
                if self.eat(b']').is_none() {
                    let mut index = 0;
                    loop {
                        path.push_str(&format!("[{index}]"));
                        self.walk(path, target, best, depth + 1)?;
                        path.truncate(len);
                        index += 1;
                        if self.eat(b',').is_none() {
                            self.eat(b']')?;
                            break;
                        }
                    }
                }
            }
            _ => {
                self.skip(depth)?;
                if start <= target && target < self.i {
                    *best = Some(path.clone());
                }
                return Some(());
            }
        }
        // A container whose span ended before the target is not where the error is.
        if self.i <= target {
            *best = before;
        }
        Some(())
    }
}

/// The JSON path of the innermost value at 1-based `line` and `column` of `json` (the place a
/// serde_json error points at), e.g. `cards[3].title`; empty for the document itself.
pub fn path_at(json: &str, line: usize, column: usize) -> String {
    let line_start: usize = json
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum();
    let column_bytes: usize = json[line_start.min(json.len())..]
        .chars()
        .take(column.saturating_sub(1))
        .map(char::len_utf8)
        .sum();
    // serde_json's line and column name the last character it read: inside the offending
    // value, or the closing brace of an object missing a field.
    let mut target = line_start + column_bytes;
    // An error raised once an object is complete (a card checked against its kind after it
    // was read) points just past it, at the `,` or `]` that follows: it belongs to the object.
    let bytes = json.as_bytes();
    if matches!(bytes.get(target), Some(b',' | b']')) {
        let before = bytes[..target]
            .iter()
            .rposition(|b| !b.is_ascii_whitespace());
        if let Some(at) = before.filter(|&at| bytes[at] == b'}') {
            target = at;
        }
    }
    let mut best = None;
    let _ = Scanner {
        b: json.as_bytes(),
        i: 0,
    }
    .walk(&mut String::new(), target, &mut best, 0);
    best.unwrap_or_default()
}

/// The (line, column), both 1-based, of a UTF-16 offset in `text`: what a text area reports
/// as its caret, and what a browser's JSON error gives as its position. Past the end: the end.
pub fn line_column(text: &str, utf16_offset: u32) -> (usize, usize) {
    let (mut line, mut column, mut seen) = (1, 1, 0u32);
    for c in text.chars() {
        if seen >= utf16_offset {
            break;
        }
        seen += c.len_utf16() as u32;
        if c == '\n' {
            line += 1;
            column = 1;
        } else {
            column += 1;
        }
    }
    (line, column)
}
