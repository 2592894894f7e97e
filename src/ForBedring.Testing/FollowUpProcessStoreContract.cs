using System.Collections.ObjectModel;
using System.Globalization;
using ForBedring.Meetings;
using ForBedring.Persistence;
using ForBedring.Process;
using ForBedring.Prompts;
using ForBedring.Results;
using NodaTime;
using NodaTime.Testing;

namespace ForBedring.Testing;

/// <summary>
/// The rules every <see cref="IFollowUpProcessStore"/> keeps, as named checks that any test framework can run: derive,
/// say how to create the store, and run each of <see cref="CheckNames"/> (for example as the cases of one theory).
/// </summary>
/// <remarks>
/// A failed check throws <see cref="StoreContractViolationException"/>. Every check uses new random process ids, so the
/// store may be shared between checks and hold other data.
/// </remarks>
public abstract class FollowUpProcessStoreContract
{
    /// <summary>A process saved and loaded again is the same to the byte, Unicode text included.</summary>
    public const string RoundTrip = nameof(RoundTrip);

    /// <summary>Loading an id that was never saved gives null.</summary>
    public const string LoadMissingReturnsNull = nameof(LoadMissingReturnsNull);

    /// <summary>A new process saves with expected version null and then loads at its version.</summary>
    public const string SaveNewWithNullExpectedVersion = nameof(SaveNewWithNullExpectedVersion);

    /// <summary>Saving a new process over one that exists is a conflict that names the stored version.</summary>
    public const string SaveNewTwiceConflicts = nameof(SaveNewTwiceConflicts);

    /// <summary>Expecting a version of a process that is not stored is a conflict, and stores nothing.</summary>
    public const string SaveExpectingMissingProcessConflicts = nameof(SaveExpectingMissingProcessConflicts);

    /// <summary>Load, act, save with the loaded version, repeated: every save succeeds.</summary>
    public const string SequentialSavesSucceed = nameof(SequentialSavesSucceed);

    /// <summary>A save with the version loaded before someone else saved is a conflict naming both versions.</summary>
    public const string StaleSaveConflicts = nameof(StaleSaveConflicts);

    /// <summary>After a conflict the stored document is the winner's, to the byte.</summary>
    public const string ConflictLeavesStoredProcessUnchanged = nameof(ConflictLeavesStoredProcessUnchanged);

    /// <summary>Of N concurrent saves expecting the same version, exactly one wins, the others conflict, and the winner's process is stored.</summary>
    public const string ConcurrentWritersExactlyOneWins = nameof(ConcurrentWritersExactlyOneWins);

    /// <summary>Of N concurrent saves of a new process under one id, exactly one wins.</summary>
    public const string ConcurrentCreatorsExactlyOneWins = nameof(ConcurrentCreatorsExactlyOneWins);

    /// <summary>A loaded process is independent: changing it, or the instance that was saved, changes nothing stored.</summary>
    public const string LoadedProcessIsIndependent = nameof(LoadedProcessIsIndependent);

    /// <summary>Processes under different ids do not affect each other.</summary>
    public const string ProcessesAreKeptApart = nameof(ProcessesAreKeptApart);

    /// <summary>A load with a cancelled token throws <see cref="OperationCanceledException"/>.</summary>
    public const string CancelledLoadThrows = nameof(CancelledLoadThrows);

    /// <summary>A save with a cancelled token throws <see cref="OperationCanceledException"/> and saves nothing.</summary>
    public const string CancelledSaveSavesNothing = nameof(CancelledSaveSavesNothing);

    /// <summary>
    /// Saving null throws <see cref="ArgumentNullException"/>; a negative expected version, or one newer than the
    /// process (an old copy saved over later commands), throws <see cref="ArgumentOutOfRangeException"/> and changes nothing.
    /// </summary>
    public const string InvalidArgumentsAreRejected = nameof(InvalidArgumentsAreRejected);

    private static readonly Instant Start = Instant.FromUtc(2027, 1, 4, 8, 0);
    private static readonly PersonId Leader = new("leader");
    private static readonly PromptId Thoughts = new("A1.1");

    private static readonly IReadOnlyDictionary<string, Func<FollowUpProcessStoreContract, IFollowUpProcessStore, CancellationToken, Task>> Checks =
        new Dictionary<string, Func<FollowUpProcessStoreContract, IFollowUpProcessStore, CancellationToken, Task>>(StringComparer.Ordinal)
        {
            [RoundTrip] = static (c, s, t) => c.CheckRoundTripAsync(s, t),
            [LoadMissingReturnsNull] = static (c, s, t) => c.CheckLoadMissingAsync(s, t),
            [SaveNewWithNullExpectedVersion] = static (c, s, t) => c.CheckSaveNewAsync(s, t),
            [SaveNewTwiceConflicts] = static (c, s, t) => c.CheckSaveNewTwiceAsync(s, t),
            [SaveExpectingMissingProcessConflicts] = static (c, s, t) => c.CheckExpectingMissingAsync(s, t),
            [SequentialSavesSucceed] = static (c, s, t) => c.CheckSequentialAsync(s, t),
            [StaleSaveConflicts] = static (c, s, t) => c.CheckStaleAsync(s, t),
            [ConflictLeavesStoredProcessUnchanged] = static (c, s, t) => c.CheckConflictUnchangedAsync(s, t),
            [ConcurrentWritersExactlyOneWins] = static (c, s, t) => c.CheckConcurrentWritersAsync(s, t),
            [ConcurrentCreatorsExactlyOneWins] = static (c, s, t) => c.CheckConcurrentCreatorsAsync(s, t),
            [LoadedProcessIsIndependent] = static (c, s, t) => c.CheckIndependenceAsync(s, t),
            [ProcessesAreKeptApart] = static (c, s, t) => c.CheckApartAsync(s, t),
            [CancelledLoadThrows] = static (c, s, t) => c.CheckCancelledLoadAsync(s, t),
            [CancelledSaveSavesNothing] = static (c, s, t) => c.CheckCancelledSaveAsync(s, t),
            [InvalidArgumentsAreRejected] = static (c, s, t) => c.CheckInvalidArgumentsAsync(s, t),
        };

    private readonly FakeClock _clock = new(Start);
    private readonly FollowUpProcessSerializer _serializer;
    private string _check = string.Empty;

    /// <summary>Creates the contract.</summary>
    protected FollowUpProcessStoreContract()
    {
        _serializer = new FollowUpProcessSerializer(_clock);
    }

    /// <summary>Gets the names of every check, in a fixed order.</summary>
    public static IReadOnlyList<string> CheckNames { get; } = new ReadOnlyCollection<string>(Checks.Keys.ToList());

    /// <summary>Gets how many writers race in the concurrency checks; 8 unless overridden (at least 2).</summary>
    protected virtual int ConcurrentWriters => 8;

    /// <summary>Gets how long one check may take before it fails as hung; one minute unless overridden.</summary>
    protected virtual TimeSpan CheckTimeout => TimeSpan.FromMinutes(1);

    /// <summary>Runs one check against a new store.</summary>
    /// <param name="checkName">The check, one of <see cref="CheckNames"/>.</param>
    /// <param name="cancellationToken">Cancels the check.</param>
    /// <returns>A task that completes when the check has passed.</returns>
    /// <exception cref="ArgumentException"><paramref name="checkName"/> is not a check.</exception>
    /// <exception cref="StoreContractViolationException">The store broke the rule the check is about.</exception>
    public async Task RunAsync(string checkName, CancellationToken cancellationToken = default)
    {
        if (checkName is null || !Checks.TryGetValue(checkName, out var check))
        {
            throw new ArgumentException($"'{checkName}' is not a store contract check; the checks are {string.Join(", ", CheckNames)}.", nameof(checkName));
        }

        var store = await CreateStoreAsync(cancellationToken).ConfigureAwait(false)
            ?? throw new StoreContractViolationException(checkName, "CreateStoreAsync returned null.");
        _check = checkName;
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        try
        {
            var run = check(this, store, cancellationToken);
            if (await Task.WhenAny(run, Task.Delay(CheckTimeout, timer.Token)).ConfigureAwait(false) != run)
            {
                cancellationToken.ThrowIfCancellationRequested();
                throw new StoreContractViolationException(checkName, $"The check did not finish within {CheckTimeout}; the store may be deadlocked.");
            }

            await run.ConfigureAwait(false);
        }
        catch (Exception e) when (e is not StoreContractViolationException && !(e is OperationCanceledException && cancellationToken.IsCancellationRequested))
        {
            throw new StoreContractViolationException(checkName, $"The store threw {e.GetType().Name} where none was expected: {e.Message}", e);
        }
        finally
        {
            timer.Cancel();
            (store as IDisposable)?.Dispose();
        }
    }

    /// <summary>Runs every check, each against a new store, and fails on the first check that fails.</summary>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>A task that completes when every check has passed.</returns>
    /// <exception cref="StoreContractViolationException">A check failed.</exception>
    public async Task RunAllAsync(CancellationToken cancellationToken = default)
    {
        foreach (var name in CheckNames)
        {
            await RunAsync(name, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Creates the store to check: a new one, or a shared one (the checks use their own ids).</summary>
    /// <param name="cancellationToken">Cancels the creation.</param>
    /// <returns>The store. When it is <see cref="IDisposable"/> it is disposed after the check.</returns>
    protected abstract Task<IFollowUpProcessStore> CreateStoreAsync(CancellationToken cancellationToken);

    private static ProcessId NewId() => new("contract-" + Guid.NewGuid().ToString("N"));

    private static string Text(string what, int number) => string.Format(CultureInfo.InvariantCulture, "{0} {1}: æøå ÆØÅ «sitat» \"quoted\" \\ tab\t 😀 ☃", what, number);

    private static void Act(FollowUpProcess process, int number) => process.AnswerPrompt(Leader, Thoughts, new TextAnswer(Text("Tanker", number)));

    private FollowUpProcess NewProcess(ProcessId id)
    {
        var leader = new TeamMember(Leader, "Kari Nordmann", new UnitId("klinikk"), "Klinikk for psykisk helsevern");
        var members = Enumerable.Range(1, 3)
            .Select(i => new TeamMember(new PersonId("m" + i.ToString(CultureInfo.InvariantCulture)), "Medlem " + i.ToString(CultureInfo.InvariantCulture) + " Ødegård", new UnitId("u" + i.ToString(CultureInfo.InvariantCulture)), "Seksjon " + i.ToString(CultureInfo.InvariantCulture)))
            .ToList();
        var team = new LeadershipTeam(new UnitId("ledergruppe"), "Klinikkens ledergruppe", leader, members);
        return FollowUpProcess.Start(id, "ForBedring 2026", team, Leader, _clock);
    }

    /// <summary>A process with most kinds of data in it: answers of several kinds, an agenda in Oslo time, roles and groups.</summary>
    private FollowUpProcess NewRichProcess(ProcessId id)
    {
        var p = NewProcess(id);
        var m1 = new PersonId("m1");
        var m2 = new PersonId("m2");
        var m3 = new PersonId("m3");
        p.AnswerPrompt(Leader, new PromptId("A1.1"), new TextAnswer(Text("A1.1", 1)));
        p.AnswerPrompt(Leader, new PromptId("A1.2"), new TextAnswer("Linje 1\nLinje 2\r\n– tankestrek"));
        p.AnswerPrompt(Leader, new PromptId("A1.3"), new TextAnswer("𝄞 utenfor BMP, og e\u0301 kombinert"));
        p.CompleteSelfReflection(Leader);
        _clock.Advance(Duration.FromMilliseconds(1234.5678));
        p.AnswerPrompt(Leader, new PromptId("A2.1"), new TopicAreasAnswer([new TopicAreaId("samarbeidsklima"), new TopicAreaId("engasjement")]));
        p.CompleteStrategicFocus(Leader);
        p.AnswerPrompt(Leader, new PromptId("A3.2a"), new TextAnswer("Målet"));
        p.AnswerPrompt(Leader, new PromptId("A3.2b"), new TextAnswer("Åpen og nysgjerrig"));
        p.AnswerPrompt(Leader, new PromptId("A3.2c"), new TextAnswer("Tiltak"));
        p.AnswerPrompt(Leader, new PromptId("A3.5"), new YesNoAnswer(true));
        var oslo = DateTimeZoneProviders.Tzdb["Europe/Oslo"];
        var start = (_clock.GetCurrentInstant().InZone(oslo).Date.PlusDays(10) + new LocalTime(9, 0)).InZoneLeniently(oslo);
        p.PlanAgenda(Leader, new MeetingAgenda(start, [
            new AgendaItem(AgendaSection.Introduction, "Innledning", 15),
            new AgendaItem(AgendaSection.Discussion, "Hver leder deler", 60),
            new AgendaItem(AgendaSection.SummaryAndEvaluation, "Oppsummering", 15),
        ]));
        p.AssignMeetingRoles(Leader, m1, m2);
        p.FormGroups(Leader, [new MeetingGroup([m1, m2]), new MeetingGroup([m3, Leader])]);
        p.AttachPresentation(Leader, "https://intranett.example/forbedring/presentasjon?id=42&språk=nb");
        return p;
    }

    private void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new StoreContractViolationException(_check, message);
        }
    }

    private async Task<FollowUpProcess> LoadExistingAsync(IFollowUpProcessStore store, ProcessId id, CancellationToken cancellationToken)
    {
        var process = await store.LoadAsync(id, cancellationToken).ConfigureAwait(false);
        Require(process is not null, $"LoadAsync('{id}') returned null for a process that was saved.");
        Require(process!.Id == id, $"LoadAsync('{id}') returned the process '{process.Id}'.");
        return process;
    }

    private void RequireSame(FollowUpProcess expected, FollowUpProcess actual, string what)
    {
        var a = _serializer.Serialize(expected);
        var b = _serializer.Serialize(actual);
        Require(a.AsSpan().SequenceEqual(b), $"{what} differs from the process saved (version {expected.Version} saved, {actual.Version} loaded; their documents differ).");
    }

    private async Task<ConcurrencyConflictException> RequireConflictAsync(Task save, string what)
    {
        try
        {
            await save.ConfigureAwait(false);
        }
        catch (ConcurrencyConflictException e)
        {
            return e;
        }

        Require(false, $"{what} succeeded; it must throw ConcurrencyConflictException.");
        throw new InvalidOperationException("Unreachable.");
    }

    private void RequireConflictData(ConcurrencyConflictException e, ProcessId id, long? expected, long? actual)
    {
        Require(e.ProcessId == id, $"The conflict names the process '{e.ProcessId}', not '{id}'.");
        Require(e.ExpectedVersion == expected, $"The conflict's ExpectedVersion is {Show(e.ExpectedVersion)}; it must be {Show(expected)}.");
        Require(e.ActualVersion == actual, $"The conflict's ActualVersion is {Show(e.ActualVersion)}; it must be {Show(actual)}.");
    }

    private static string Show(long? version) => version?.ToString(CultureInfo.InvariantCulture) ?? "null";

    private async Task CheckRoundTripAsync(IFollowUpProcessStore store, CancellationToken cancellationToken)
    {
        var id = NewId();
        var process = NewRichProcess(id);
        await store.SaveAsync(process, null, cancellationToken).ConfigureAwait(false);
        var loaded = await LoadExistingAsync(store, id, cancellationToken).ConfigureAwait(false);
        RequireSame(process, loaded, "The loaded process");

        Act(loaded, 2);
        await store.SaveAsync(loaded, process.Version, cancellationToken).ConfigureAwait(false);
        var again = await LoadExistingAsync(store, id, cancellationToken).ConfigureAwait(false);
        RequireSame(loaded, again, "The process loaded after a second save");
    }

    private async Task CheckLoadMissingAsync(IFollowUpProcessStore store, CancellationToken cancellationToken)
    {
        var id = NewId();
        var loaded = await store.LoadAsync(id, cancellationToken).ConfigureAwait(false);
        Require(loaded is null, $"LoadAsync('{id}') returned a process for an id that was never saved.");
    }

    private async Task CheckSaveNewAsync(IFollowUpProcessStore store, CancellationToken cancellationToken)
    {
        var id = NewId();
        var process = NewProcess(id);
        await store.SaveAsync(process, null, cancellationToken).ConfigureAwait(false);
        var loaded = await LoadExistingAsync(store, id, cancellationToken).ConfigureAwait(false);
        Require(loaded.Version == 0, $"A new process saved at version 0 loads at version {loaded.Version}.");

        var id2 = NewId();
        var acted = NewProcess(id2);
        Act(acted, 1);
        Act(acted, 2);
        await store.SaveAsync(acted, null, cancellationToken).ConfigureAwait(false);
        var loaded2 = await LoadExistingAsync(store, id2, cancellationToken).ConfigureAwait(false);
        Require(loaded2.Version == 2, $"A new process saved at version 2 loads at version {loaded2.Version}.");
    }

    private async Task CheckSaveNewTwiceAsync(IFollowUpProcessStore store, CancellationToken cancellationToken)
    {
        var id = NewId();
        var first = NewProcess(id);
        Act(first, 1);
        await store.SaveAsync(first, null, cancellationToken).ConfigureAwait(false);
        var second = NewProcess(id);
        var conflict = await RequireConflictAsync(store.SaveAsync(second, null, cancellationToken), "Saving a new process under an id already stored").ConfigureAwait(false);
        RequireConflictData(conflict, id, null, 1);
        RequireSame(first, await LoadExistingAsync(store, id, cancellationToken).ConfigureAwait(false), "After the conflict, the stored process");
    }

    private async Task CheckExpectingMissingAsync(IFollowUpProcessStore store, CancellationToken cancellationToken)
    {
        var id = NewId();
        var process = NewProcess(id);
        Act(process, 1);
        var conflict = await RequireConflictAsync(store.SaveAsync(process, 0, cancellationToken), "Saving with expected version 0 a process that is not stored").ConfigureAwait(false);
        RequireConflictData(conflict, id, 0, null);
        Require(await store.LoadAsync(id, cancellationToken).ConfigureAwait(false) is null, "After the conflict, the process is stored; nothing may be.");
    }

    private async Task CheckSequentialAsync(IFollowUpProcessStore store, CancellationToken cancellationToken)
    {
        var id = NewId();
        await store.SaveAsync(NewProcess(id), null, cancellationToken).ConfigureAwait(false);
        for (var i = 1; i <= 5; i++)
        {
            var loaded = await LoadExistingAsync(store, id, cancellationToken).ConfigureAwait(false);
            Require(loaded.Version == i - 1, $"Save {i}: the process loads at version {loaded.Version}; it was saved at {i - 1}.");
            var version = loaded.Version;
            Act(loaded, i);
            await store.SaveAsync(loaded, version, cancellationToken).ConfigureAwait(false);
        }

        var final = await LoadExistingAsync(store, id, cancellationToken).ConfigureAwait(false);
        Require(final.Version == 5, $"After five saves the process loads at version {final.Version}; it must be 5.");
    }

    private async Task CheckStaleAsync(IFollowUpProcessStore store, CancellationToken cancellationToken)
    {
        var id = NewId();
        await store.SaveAsync(NewProcess(id), null, cancellationToken).ConfigureAwait(false);
        var a = await LoadExistingAsync(store, id, cancellationToken).ConfigureAwait(false);
        var b = await LoadExistingAsync(store, id, cancellationToken).ConfigureAwait(false);
        Act(a, 1);
        await store.SaveAsync(a, 0, cancellationToken).ConfigureAwait(false);
        Act(b, 2);
        Act(b, 3);
        var conflict = await RequireConflictAsync(store.SaveAsync(b, 0, cancellationToken), "A save expecting version 0 after version 1 was saved").ConfigureAwait(false);
        RequireConflictData(conflict, id, 0, 1);
    }

    private async Task CheckConflictUnchangedAsync(IFollowUpProcessStore store, CancellationToken cancellationToken)
    {
        var id = NewId();
        await store.SaveAsync(NewProcess(id), null, cancellationToken).ConfigureAwait(false);
        var winner = await LoadExistingAsync(store, id, cancellationToken).ConfigureAwait(false);
        var loser = await LoadExistingAsync(store, id, cancellationToken).ConfigureAwait(false);
        Act(winner, 1);
        await store.SaveAsync(winner, 0, cancellationToken).ConfigureAwait(false);
        Act(loser, 2);
        await RequireConflictAsync(store.SaveAsync(loser, 0, cancellationToken), "The losing save").ConfigureAwait(false);
        RequireSame(winner, await LoadExistingAsync(store, id, cancellationToken).ConfigureAwait(false), "After a conflict, the stored process");

        // The winner goes on from its own version; the conflict did not disturb it.
        Act(winner, 3);
        await store.SaveAsync(winner, 1, cancellationToken).ConfigureAwait(false);
        RequireSame(winner, await LoadExistingAsync(store, id, cancellationToken).ConfigureAwait(false), "After the winner's next save, the stored process");
    }

    private async Task CheckConcurrentWritersAsync(IFollowUpProcessStore store, CancellationToken cancellationToken)
    {
        var id = NewId();
        var original = NewProcess(id);
        Act(original, 0);
        await store.SaveAsync(original, null, cancellationToken).ConfigureAwait(false);
        var writers = new List<FollowUpProcess>();
        for (var i = 0; i < Math.Max(2, ConcurrentWriters); i++)
        {
            var copy = await LoadExistingAsync(store, id, cancellationToken).ConfigureAwait(false);
            Act(copy, 100 + i);
            writers.Add(copy);
        }

        var results = await RaceAsync(writers.Select(w => (Func<Task>)(() => store.SaveAsync(w, 1, cancellationToken))).ToList()).ConfigureAwait(false);
        await RequireOneWinnerAsync(store, id, writers, results, 1, cancellationToken).ConfigureAwait(false);
    }

    private async Task CheckConcurrentCreatorsAsync(IFollowUpProcessStore store, CancellationToken cancellationToken)
    {
        var id = NewId();
        var creators = new List<FollowUpProcess>();
        for (var i = 0; i < Math.Max(2, ConcurrentWriters); i++)
        {
            var process = NewProcess(id);
            Act(process, 200 + i);
            creators.Add(process);
        }

        var results = await RaceAsync(creators.Select(c => (Func<Task>)(() => store.SaveAsync(c, null, cancellationToken))).ToList()).ConfigureAwait(false);
        await RequireOneWinnerAsync(store, id, creators, results, null, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<List<Exception?>> RaceAsync(List<Func<Task>> saves)
    {
        // Every writer waits at the gate on its own thread, so the saves start together.
        var gate = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        var tasks = saves.Select(save => Task.Run(async () =>
        {
            await gate.Task.ConfigureAwait(false);
            try
            {
                await save().ConfigureAwait(false);
                return (Exception?)null;
            }
            catch (Exception e)
            {
                return e;
            }
        })).ToList();
        gate.SetResult(true);
        return (await Task.WhenAll(tasks).ConfigureAwait(false)).ToList();
    }

    private async Task RequireOneWinnerAsync(IFollowUpProcessStore store, ProcessId id, List<FollowUpProcess> writers, List<Exception?> results, long? expected, CancellationToken cancellationToken)
    {
        var unexpected = results.FirstOrDefault(r => r is not null and not ConcurrencyConflictException);
        if (unexpected is not null)
        {
            throw new StoreContractViolationException(_check, $"A concurrent save threw {unexpected.GetType().Name}: {unexpected.Message}", unexpected);
        }

        var winners = results.Select((r, i) => (r, i)).Where(x => x.r is null).Select(x => x.i).ToList();
        Require(winners.Count == 1, $"Of {writers.Count} concurrent saves expecting version {Show(expected)}, {winners.Count} succeeded; exactly one must.");
        var winner = writers[winners[0]];
        foreach (var conflict in results.OfType<ConcurrencyConflictException>())
        {
            RequireConflictData(conflict, id, expected, winner.Version);
        }

        RequireSame(winner, await LoadExistingAsync(store, id, cancellationToken).ConfigureAwait(false), "After the race, the stored process (it must be the winner's)");
    }

    private async Task CheckIndependenceAsync(IFollowUpProcessStore store, CancellationToken cancellationToken)
    {
        var id = NewId();
        var saved = NewProcess(id);
        await store.SaveAsync(saved, null, cancellationToken).ConfigureAwait(false);
        var reference = await LoadExistingAsync(store, id, cancellationToken).ConfigureAwait(false);

        Act(saved, 1);
        RequireSame(reference, await LoadExistingAsync(store, id, cancellationToken).ConfigureAwait(false), "After the saved instance was changed (not saved again), the stored process");

        var first = await LoadExistingAsync(store, id, cancellationToken).ConfigureAwait(false);
        var second = await LoadExistingAsync(store, id, cancellationToken).ConfigureAwait(false);
        Require(!ReferenceEquals(first, second), "Two loads returned the same instance; each load must return its own.");
        Act(first, 2);
        Require(second.Version == 0, "Changing one loaded instance changed another.");
        RequireSame(reference, await LoadExistingAsync(store, id, cancellationToken).ConfigureAwait(false), "After a loaded instance was changed (not saved), the stored process");
    }

    private async Task CheckApartAsync(IFollowUpProcessStore store, CancellationToken cancellationToken)
    {
        var a = NewProcess(NewId());
        var b = NewProcess(NewId());
        Act(a, 1);
        Act(b, 2);
        Act(b, 3);
        await store.SaveAsync(a, null, cancellationToken).ConfigureAwait(false);
        await store.SaveAsync(b, null, cancellationToken).ConfigureAwait(false);
        RequireSame(a, await LoadExistingAsync(store, a.Id, cancellationToken).ConfigureAwait(false), "The first of two processes");
        RequireSame(b, await LoadExistingAsync(store, b.Id, cancellationToken).ConfigureAwait(false), "The second of two processes");
        Act(a, 4);
        await store.SaveAsync(a, 1, cancellationToken).ConfigureAwait(false);
        RequireSame(b, await LoadExistingAsync(store, b.Id, cancellationToken).ConfigureAwait(false), "After the first was saved again, the second");
    }

    private async Task CheckCancelledLoadAsync(IFollowUpProcessStore store, CancellationToken cancellationToken)
    {
        var id = NewId();
        await store.SaveAsync(NewProcess(id), null, cancellationToken).ConfigureAwait(false);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        try
        {
            await store.LoadAsync(id, cancelled.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        Require(false, "LoadAsync with a cancelled token succeeded; it must throw OperationCanceledException.");
    }

    private async Task CheckCancelledSaveAsync(IFollowUpProcessStore store, CancellationToken cancellationToken)
    {
        var id = NewId();
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var thrown = false;
        try
        {
            await store.SaveAsync(NewProcess(id), null, cancelled.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            thrown = true;
        }

        Require(thrown, "SaveAsync with a cancelled token succeeded; it must throw OperationCanceledException.");
        Require(await store.LoadAsync(id, cancellationToken).ConfigureAwait(false) is null, "SaveAsync with a cancelled token stored the process; it must store nothing.");
    }

    private async Task CheckInvalidArgumentsAsync(IFollowUpProcessStore store, CancellationToken cancellationToken)
    {
        var nullThrown = false;
        try
        {
            await store.SaveAsync(null!, null, cancellationToken).ConfigureAwait(false);
        }
        catch (ArgumentNullException)
        {
            nullThrown = true;
        }

        Require(nullThrown, "SaveAsync(null) did not throw ArgumentNullException.");

        var id = NewId();
        var negativeThrown = false;
        try
        {
            await store.SaveAsync(NewProcess(id), -1, cancellationToken).ConfigureAwait(false);
        }
        catch (ArgumentOutOfRangeException)
        {
            negativeThrown = true;
        }

        Require(negativeThrown, "SaveAsync with expected version -1 did not throw ArgumentOutOfRangeException.");
        Require(await store.LoadAsync(id, cancellationToken).ConfigureAwait(false) is null, "SaveAsync with expected version -1 stored the process.");

        // An old copy saved over a newer version would undo the commands in between: refused, and nothing changes.
        await store.SaveAsync(NewProcess(id), null, cancellationToken).ConfigureAwait(false);
        var current = await LoadExistingAsync(store, id, cancellationToken).ConfigureAwait(false);
        var old = await LoadExistingAsync(store, id, cancellationToken).ConfigureAwait(false);
        Act(current, 1);
        await store.SaveAsync(current, 0, cancellationToken).ConfigureAwait(false);
        var olderThrown = false;
        try
        {
            await store.SaveAsync(old, current.Version, cancellationToken).ConfigureAwait(false);
        }
        catch (ArgumentOutOfRangeException)
        {
            olderThrown = true;
        }

        Require(olderThrown, "Saving a process older than the expected version did not throw ArgumentOutOfRangeException.");
        RequireSame(current, await LoadExistingAsync(store, id, cancellationToken).ConfigureAwait(false), "After refusing an older process, the stored process");
    }
}
