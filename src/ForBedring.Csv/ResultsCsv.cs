using System.Globalization;
using System.Text;
using CsvHelper;
using ForBedring.Results;

namespace ForBedring.Csv;

/// <summary>
/// Reads and writes the survey vendor's result file: a header row
/// <c>unit_id,unit_name,parent_id,unit_kind,leader_id,invited,respondents,indicator_id,score,previous_score</c> and
/// one row per unit and indicator; UTF-8 with or without a byte order mark; <c>,</c> or <c>;</c> as delimiter, with
/// <c>;</c> the decimal comma. Every problem is reported at once with its line and column; nothing is imported from a
/// file with errors.
/// </summary>
public static class ResultsCsv
{
    /// <summary>The header row's columns, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } = Array.AsReadOnly(new[] { "unit_id", "unit_name", "parent_id", "unit_kind", "leader_id", "invited", "respondents", "indicator_id", "score", "previous_score" });

    private static readonly NumberFormatInfo DecimalComma = new() { NumberDecimalSeparator = ",", NegativeSign = "-" };

    /// <summary>Reads a result file.</summary>
    /// <param name="stream">The file's bytes, read to the end.</param>
    /// <param name="round">The round the results belong to (the file does not say).</param>
    /// <returns>The results.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="SurveyResultsException">The file has problems; every one is listed with its line and column.</exception>
    public static SurveyResults Read(Stream stream, SurveyRound round)
    {
        if (stream is null)
        {
            throw new ArgumentNullException(nameof(stream));
        }

        if (round is null)
        {
            throw new ArgumentNullException(nameof(round));
        }

        string text;
        try
        {
            using var reader = new StreamReader(stream, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: false);
            text = reader.ReadToEnd();
        }
        catch (DecoderFallbackException)
        {
            throw new SurveyResultsException([new ResultsProblem(ResultsProblemKind.Malformed, "The file is not UTF-8 text.")]);
        }

        return Read(text, round);
    }

    /// <summary>Reads a result file's text.</summary>
    /// <param name="text">The file's text (a leading byte order mark is ignored).</param>
    /// <param name="round">The round the results belong to.</param>
    /// <returns>The results.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="SurveyResultsException">The file has problems; every one is listed with its line and column.</exception>
    public static SurveyResults Read(string text, SurveyRound round)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        if (round is null)
        {
            throw new ArgumentNullException(nameof(round));
        }

        return new Reader(round).Read(text.Length > 0 && text[0] == '\uFEFF' ? text.Substring(1) : text);
    }

    /// <summary>Writes results as a result file, UTF-8 without a byte order mark, lines ending in <c>\n</c>.</summary>
    /// <param name="results">The results.</param>
    /// <param name="stream">Where to write; left open.</param>
    /// <param name="dialect">Comma with decimal point, or semicolon with decimal comma.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(SurveyResults results, Stream stream, ResultsCsvDialect dialect = ResultsCsvDialect.Comma)
    {
        if (results is null)
        {
            throw new ArgumentNullException(nameof(results));
        }

        if (stream is null)
        {
            throw new ArgumentNullException(nameof(stream));
        }

        var options = CsvWriterOptions.Default with
        {
            Separator = dialect == ResultsCsvDialect.Semicolon ? ';' : ',',
            NewLine = "\n",
            Quoting = CsvQuoting.WhenNeededOrWhitespace,
        };
        using var csv = CsvWriter.Create(stream, options, true);
        foreach (var column in Columns)
        {
            csv.WriteField(column);
        }

        csv.EndRecord();
        var numbers = dialect == ResultsCsvDialect.Semicolon ? DecimalComma : NumberFormatInfo.InvariantInfo;
        for (var i = 0; i < results.Units.Count; i++)
        {
            var unit = results.Units[i];
            var result = results.Results[i];
            var rows = result.Scores.Count == 0 ? [null] : result.Scores.Cast<IndicatorScore?>();
            foreach (var score in rows)
            {
                csv.WriteField(unit.Id.Value);
                csv.WriteField(unit.Name);
                csv.WriteField(unit.ParentId?.Value ?? string.Empty);
                csv.WriteField(UnitKindNames.NameOf(unit.Kind));
                csv.WriteField(unit.Leader?.Value ?? string.Empty);
                csv.WriteField(result.Invited.ToString(CultureInfo.InvariantCulture));
                csv.WriteField(result.Respondents?.ToString(CultureInfo.InvariantCulture) ?? string.Empty);
                csv.WriteField(score?.Indicator.Value ?? string.Empty);
                csv.WriteField(score?.Score.ToString("R", numbers) ?? string.Empty);
                csv.WriteField(score?.Previous?.ToString("R", numbers) ?? string.Empty);
                csv.EndRecord();
            }
        }
    }

    /// <summary>One unit as its first row gave it, and what its rows have added.</summary>
    private sealed class UnitRows(int line, string[] fields)
    {
        public int Line { get; } = line;

        public string[] Fields { get; } = fields;

        public bool Valid { get; set; } = true;

        public UnitId Id { get; set; }

        public UnitId? Parent { get; set; }

        public UnitKind Kind { get; set; }

        public PersonId? Leader { get; set; }

        public int Invited { get; set; }

        public int? Respondents { get; set; }

        public List<IndicatorScore> Scores { get; } = [];

        public HashSet<string> Indicators { get; } = new(StringComparer.Ordinal);
    }

    private sealed class Reader(SurveyRound round)
    {
        private readonly List<ResultsProblem> _problems = [];
        private NumberFormatInfo _numbers = NumberFormatInfo.InvariantInfo;

        public SurveyResults Read(string text)
        {
            if (text.Trim().Length == 0)
            {
                throw new SurveyResultsException([new ResultsProblem(ResultsProblemKind.EmptyFile, "The file is empty.") { Line = 1 }]);
            }

            var firstLineEnd = text.IndexOf('\n');
            var firstLine = firstLineEnd < 0 ? text : text.Substring(0, firstLineEnd);
            var semicolon = firstLine.Contains(';');
            _numbers = semicolon ? DecimalComma : NumberFormatInfo.InvariantInfo;
            var options = CsvReaderOptions.Default with
            {
                Separator = semicolon ? ';' : ',',
                HasHeader = false,
                TrackLineNumbers = true,
                TrimWhitespace = false,
                DetectSeparatorHint = false,
                OnMalformedRecord = bad => _problems.Add(new ResultsProblem(ResultsProblemKind.Malformed, $"The row's quoting is broken ({bad.Reason}).") { Line = (int)bad.LineNumber }),
            };

            var units = new Dictionary<string, UnitRows>(StringComparer.Ordinal);
            var order = new List<UnitRows>();
            using (var csv = CsvReader.FromText(text, options))
            {
                if (!csv.Read())
                {
                    throw new SurveyResultsException([new ResultsProblem(ResultsProblemKind.EmptyFile, "The file is empty.") { Line = 1 }]);
                }

                var header = Fields(csv);
                if (!header.SequenceEqual(Columns))
                {
                    throw new SurveyResultsException([new ResultsProblem(ResultsProblemKind.WrongHeader, $"The header must be exactly {string.Join(",", Columns)}; it is {string.Join(",", header)}.") { Line = (int)csv.LineNumber }]);
                }

                while (csv.Read())
                {
                    Row((int)csv.LineNumber, Fields(csv), units, order);
                }
            }

            if (order.Count == 0 && _problems.Count == 0)
            {
                _problems.Add(new ResultsProblem(ResultsProblemKind.EmptyFile, "The file has a header but no rows.") { Line = 2 });
            }

            var valid = order.Where(u => u.Valid).ToList();
            if (valid.Count > 0)
            {
                var model = valid.Select(u => new OrganisationUnit(u.Id, u.Fields[1], u.Parent, u.Kind, u.Leader)).ToList();
                var results = valid.Select(u => new UnitResult(u.Id, u.Invited, u.Respondents, u.Scores)).ToList();
                var known = new HashSet<string>(order.Select(u => u.Fields[0]), StringComparer.Ordinal);
                try
                {
                    if (_problems.Count == 0)
                    {
                        return SurveyResults.Create(round, model, results);
                    }

                    SurveyResults.Create(round, model, results);
                }
                catch (SurveyResultsException e)
                {
                    foreach (var problem in e.Problems)
                    {
                        // A parent that failed its own checks is known: its row is already reported.
                        if (problem.Kind == ResultsProblemKind.UnknownParent && problem.Unit is { } child && units[child.Value].Parent is { } parent && known.Contains(parent.Value))
                        {
                            continue;
                        }

                        var rows = problem.Unit is { } u && units.TryGetValue(u.Value, out var r) ? r : null;
                        var column = problem.Field is { } f ? IndexOf(f) + 1 : (int?)null;
                        _problems.Add(problem with { Line = rows?.Line, Column = column == 0 ? null : column });
                    }
                }
            }

            throw new SurveyResultsException(_problems.OrderBy(p => p.Line ?? int.MaxValue).ToList());
        }

        private static string[] Fields(CsvReader csv)
        {
            var fields = new string[csv.FieldCount];
            for (var i = 0; i < fields.Length; i++)
            {
                fields[i] = csv.GetString(i);
            }

            return fields;
        }

        private static int IndexOf(string column)
        {
            for (var i = 0; i < Columns.Count; i++)
            {
                if (Columns[i] == column)
                {
                    return i;
                }
            }

            return -1;
        }

        private void Row(int line, string[] fields, Dictionary<string, UnitRows> units, List<UnitRows> order)
        {
            if (fields.Length != Columns.Count)
            {
                Add(ResultsProblemKind.Malformed, $"The row has {fields.Length} fields; {Columns.Count} are expected.", line, null);
                return;
            }

            var before = _problems.Count;
            var idText = fields[0];
            if (!UnitId.TryParse(idText, out var id))
            {
                Add(ResultsProblemKind.InvalidValue, $"The unit id '{idText}' is not an id: 1–64 ASCII letters, digits, '.', '_', '-' or ':'.", line, 0);
                return;
            }

            if (units.TryGetValue(idText, out var unit))
            {
                // Later rows of a unit must repeat its columns exactly.
                for (var c = 1; c <= 6; c++)
                {
                    if (fields[c] != unit.Fields[c])
                    {
                        var message = c == 1
                            ? $"The unit id '{idText}' has two names: '{unit.Fields[1]}' (line {unit.Line}) and '{fields[1]}'."
                            : $"The unit '{idText}' has {Columns[c]} '{fields[c]}' here but '{unit.Fields[c]}' on line {unit.Line}.";
                        Add(ResultsProblemKind.ConflictingUnit, message, line, c, id);
                    }
                }
            }
            else
            {
                unit = new UnitRows(line, fields) { Id = id };
                units.Add(idText, unit);
                order.Add(unit);
                UnitColumns(unit, line, fields);
                if (_problems.Count > before)
                {
                    unit.Valid = false;
                    return;
                }
            }

            // A bad score drops only that score: the unit's own columns still take part in the tree's checks.
            ScoreColumns(unit, line, fields);
        }

        private void UnitColumns(UnitRows unit, int line, string[] fields)
        {
            if (string.IsNullOrWhiteSpace(fields[1]) || fields[1].Length > 200 || fields[1].Contains("\0"))
            {
                Add(ResultsProblemKind.InvalidValue, "The unit name must be 1 to 200 characters of text.", line, 1);
            }

            if (fields[2].Length > 0)
            {
                if (!UnitId.TryParse(fields[2], out var parent))
                {
                    Add(ResultsProblemKind.InvalidValue, $"The parent id '{fields[2]}' is not an id.", line, 2);
                }
                else if (parent == unit.Id)
                {
                    Add(ResultsProblemKind.Cycle, $"The unit '{unit.Id}' is its own parent.", line, 2, unit.Id);
                }
                else
                {
                    unit.Parent = parent;
                }
            }

            if (!UnitKindNames.TryParse(fields[3], out var kind))
            {
                Add(ResultsProblemKind.InvalidValue, $"The unit kind '{fields[3]}' is not one of {UnitKindNames.Expected}.", line, 3);
            }

            unit.Kind = kind;
            if (fields[4].Length > 0)
            {
                if (PersonId.TryParse(fields[4], out var leader))
                {
                    unit.Leader = leader;
                }
                else
                {
                    Add(ResultsProblemKind.InvalidValue, $"The leader id '{fields[4]}' is not an id.", line, 4);
                }
            }

            unit.Invited = Count(fields[5], line, 5) ?? 0;
            unit.Respondents = fields[6].Length == 0 ? null : Count(fields[6], line, 6);
        }

        private void ScoreColumns(UnitRows unit, int line, string[] fields)
        {
            var indicator = fields[7];
            if (indicator.Length == 0)
            {
                if (fields[8].Length > 0 || fields[9].Length > 0)
                {
                    Add(ResultsProblemKind.InvalidValue, "A score needs an indicator id.", line, 7, unit.Id);
                }

                return;
            }

            if (!IndicatorId.TryParse(indicator, out var indicatorId))
            {
                Add(ResultsProblemKind.InvalidValue, $"The indicator id '{indicator}' is not an id.", line, 7, unit.Id);
                return;
            }

            if (!unit.Indicators.Add(indicator))
            {
                Add(ResultsProblemKind.DuplicateIndicator, $"The unit '{unit.Id}' has a second score for '{indicator}'.", line, 7, unit.Id);
                return;
            }

            if (fields[6].Length == 0)
            {
                if (fields[8].Length > 0)
                {
                    Add(ResultsProblemKind.WithheldWithScores, $"The unit '{unit.Id}' is withheld (respondents empty) but has a score.", line, 8, unit.Id);
                }

                return;
            }

            if (fields[8].Length == 0)
            {
                // No score for this indicator (the vendor left it out); the row says nothing more.
                if (fields[9].Length > 0)
                {
                    Add(ResultsProblemKind.InvalidValue, "A previous score needs a score.", line, 9, unit.Id);
                }

                return;
            }

            var score = Score(fields[8], line, 8, unit.Id);
            var previous = fields[9].Length == 0 ? null : Score(fields[9], line, 9, unit.Id);
            if (score is { } s && (fields[9].Length == 0 || previous is not null))
            {
                unit.Scores.Add(new IndicatorScore(indicatorId, s, previous));
            }
        }

        private int? Count(string text, int line, int column)
        {
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                return value;
            }

            Add(ResultsProblemKind.NotANumber, $"'{text}' in {Columns[column]} is not a whole number.", line, column);
            return null;
        }

        private double? Score(string text, int line, int column, UnitId unit)
        {
            if (!double.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent | NumberStyles.AllowLeadingSign, _numbers, out var value) || double.IsNaN(value) || double.IsInfinity(value))
            {
                Add(ResultsProblemKind.NotANumber, $"'{text}' in {Columns[column]} is not a number{(_numbers == DecimalComma ? " (with a decimal comma)" : string.Empty)}.", line, column, unit);
                return null;
            }

            if (value is < 0 or > 100)
            {
                Add(ResultsProblemKind.ScoreOutOfRange, $"The {Columns[column]} {text} is outside 0–100.", line, column, unit);
                return null;
            }

            return value;
        }

        private void Add(ResultsProblemKind kind, string message, int line, int? column, UnitId? unit = null)
            => _problems.Add(new ResultsProblem(kind, message) { Line = line, Column = column + 1, Unit = unit, Field = column is { } c ? Columns[c] : null });
    }
}
