//! The catalogue of every text a [`Problem`](super::problem::Problem) shows: the errors' own
//! messages and helps, and the labels, helps and fix titles the stages attach. English and
//! Swedish side by side, as in [`texts`](super::texts), so no problem text exists in one
//! language only.
//!
//! A problem stays language-neutral until it is emitted: it holds a [`Msg`], a key and its named
//! arguments, and an emitter renders it in the run's language. An argument is a value shown as
//! written (a field name, a path, a number) or itself a message (a localized word such as "a
//! string" / "en sträng"). The English [`Display`](std::fmt::Display) of the error types is the
//! English here.
//!
//! The YAML parser's own messages are a finite set of English strings: the ones a person meets
//! are here too ([`yaml_parser_text`]); an unknown one is shown as the parser wrote it, inside a
//! Swedish frame ("ogiltig YAML: …"). So are the texts of other crates that reach a problem
//! (serde's "invalid type: …", a TOML parser's message, an operating system's error): always
//! inside a frame of ours.

use std::fmt;

use super::lang::Lang;
use super::texts::{catalogue, fill_template};

catalogue! {
    /// A problem's text, by key.
    P {
        // an argument shown as it is, framed by nothing (regorus's own rendering of a parse error)
        Verbatim => "{text}", "{text}";

        // ---- LoadError ----
        TooLarge => "the file is {size} bytes, more than --max-file-size ({max} bytes)", "filen är {size} byte, mer än --max-file-size ({max} byte)";
        TooLargeHelp => "no configuration file is this large; if it really is one, raise --max-file-size", "ingen konfigurationsfil är så stor; om filen verkligen är en, höj --max-file-size";
        CannotRead => "cannot read {path}: {reason}", "kan inte läsa {path}: {reason}";
        OverBudget => "not read: the files up to this one, in path order, pass --max-total-size ({max} bytes for all files together)", "inte läst: filerna fram till den här, i sökvägsordning, överskrider --max-total-size ({max} byte för alla filer tillsammans)";
        OverBudgetHelp => "no configuration is this large; if it really is one, raise --max-total-size, or check its folders one at a time", "ingen konfiguration är så stor; om den verkligen är det, höj --max-total-size eller kontrollera dess mappar en i taget";
        LinkOutside => "{path} is a symbolic link to outside {boundary}; not followed", "{path} är en symbolisk länk till en plats utanför {boundary}; länken följdes inte";
        LinkOutsideHelp => "provkoll reads only what lies inside the paths it is given; put the file itself in the repository, or name the folder the link points to on the command line", "provkoll läser bara det som ligger inom de sökvägar det får; lägg själva filen i förrådet, eller ange mappen som länken pekar på på kommandoraden";
        CheckedFolders => "the checked folders", "de kontrollerade mapparna";
        WorkingDirectory => "the working directory", "arbetskatalogen";
        OwnFolder => "its own folder", "sin egen mapp";
        NotRegular => "{path} is {what}, not a regular file; not read", "{path} är {what}, inte en vanlig fil; den lästes inte";
        Fifo => "a named pipe (FIFO)", "en namngiven pipe (FIFO)";
        Device => "a device", "en enhetsfil";
        Socket => "a socket", "en socket";
        SpecialFile => "a special file", "en specialfil";
        SymlinkTo => "a symbolic link to {what}", "en symbolisk länk till {what}";
        NotARegularFile => "not a regular file", "inte en vanlig fil";
        DanglingLink => "dangling symbolic link", "symbolisk länk till något som inte finns";
        LinkLoop => "symbolic link loop back to {path}", "symbolisk länk i en slinga tillbaka till {path}";
        OsError => "{text}", "systemfel: {text}";
        // an operating system's reasons: the English shown is the system's own (`Arg::Os`)
        IoNotFound => "no such file or directory", "filen eller mappen finns inte";
        IoPermissionDenied => "permission denied", "behörighet saknas";
        IoIsADirectory => "is a directory", "det är en mapp";
        IoNotADirectory => "not a directory", "det är inte en mapp";
        IoInvalidData => "invalid data", "ogiltiga data";
        IoTimedOut => "timed out", "tidsgränsen gick ut";
        IoInterrupted => "interrupted", "avbröts";
        NotFound => "{path} does not exist", "{path} finns inte";
        NotYaml => "{path} is not a YAML file (expected .yaml or .yml)", "{path} är inte en YAML-fil (filnamnet ska sluta på .yaml eller .yml)";
        Encoding => "the file is not valid UTF-8 text", "filen är inte giltig UTF-8-text";
        EncodingHelp => "save the file as UTF-8 without a byte-order mark", "spara filen som UTF-8 utan byte-ordningsmarkering (BOM)";
        FirstNonUtf8 => "first byte that is not UTF-8", "första byte som inte är UTF-8";
        Utf16 => "the file is UTF-16; save it as UTF-8", "filen är UTF-16; spara den som UTF-8";
        Utf16Help => "YAML files for provkoll must be UTF-8; most editors offer \"Save with encoding\" → UTF-8", "YAML-filer för provkoll måste vara UTF-8; de flesta redigerare har ”Spara med kodning” → UTF-8";
        Binary => "the file is binary, not YAML text (it holds a NUL byte)", "filen är binär, inte YAML-text (den innehåller en NUL-byte)";
        BinaryHelp => "only YAML text files should be named .yaml or .yml; rename or remove this one", "bara YAML-textfiler ska ha namn som slutar på .yaml eller .yml; byt namn på filen eller ta bort den";
        FirstNul => "first NUL byte", "första NUL-byte";
        Empty => "the file holds no YAML document", "filen innehåller inget YAML-dokument";
        EmptyHelp => "add a provkoll document or delete the file", "lägg till ett provkoll-dokument eller ta bort filen";
        Syntax => "invalid YAML: {detail}", "ogiltig YAML: {detail}";
        Here => "here", "här";
        TabsHelp => "YAML indentation must use spaces, not tabs", "indrag i YAML görs med blanksteg, inte med tabbar";
        ControlHelp => "remove the control character; YAML text may not contain it", "ta bort kontrolltecknet; YAML-text får inte innehålla det";
        DuplicateKey => "duplicate key `{key}`", "nyckeln `{key}` förekommer två gånger";
        DuplicateKeyHelp => "a key may appear once per mapping; remove or rename one of them", "en nyckel får förekomma en gång per mappning; ta bort eller byt namn på den ena";
        SecondOccurrence => "second occurrence", "andra förekomsten";
        FirstOccurrence => "first occurrence", "första förekomsten";
        ComplexKey => "a mapping key must be a plain value", "en nyckel i en mappning måste vara ett enkelt värde";
        TooDeep => "nesting deeper than {max} levels", "nästlingen är djupare än {max} nivåer";
        TooDeepHelp => "no provkoll document nests this deep; is the file generated by mistake?", "inget provkoll-dokument är så djupt nästlat; har filen skapats av misstag?";
        TooDeepHere => "too deep here", "för djupt här";
        AliasBudget => "aliases expand to more than {max} nodes", "alias expanderar till mer än {max} noder";
        AliasBudgetHelp => "write the values out instead of repeating anchors", "skriv ut värdena i stället för att upprepa ankare";
        AliasOverBudget => "this alias goes over the budget", "det här aliaset går över gränsen";
        UnknownAnchor => "unknown anchor", "okänt ankare";
        BadTaggedValue => "the value does not match its tag", "värdet stämmer inte med sin tagg";
        UnknownApiVersion => "unknown apiVersion `{version}`", "okänd apiVersion `{version}`";
        UnknownApiVersionHelp => "this version of provkoll reads `apiVersion: provkoll/v1`", "den här versionen av provkoll läser `apiVersion: provkoll/v1`";
        StrayDocument => "document {n} is not a provkoll document", "dokument {n} är inte ett provkoll-dokument";
        StrayDocumentHelp => "every document in a file with provkoll documents needs `apiVersion: provkoll/v1` and a `kind`", "varje dokument i en fil med provkoll-dokument behöver `apiVersion: provkoll/v1` och en `kind`";
        MissingApiVersion => "a `kind: {kind}` document without `apiVersion: provkoll/v1`", "ett dokument med `kind: {kind}` men utan `apiVersion: provkoll/v1`";
        MissingApiVersionHelp => "add `apiVersion: provkoll/v1` above `kind`; without it the document is not checked", "lägg till `apiVersion: provkoll/v1` ovanför `kind`; utan den kontrolleras inte dokumentet";
        DocumentsInAList => "provkoll documents inside a YAML list", "provkoll-dokument inuti en YAML-lista";
        DocumentsInAListHelp => "write each document on its own, separated by a line `---`, not as items of a list", "skriv varje dokument för sig, åtskilda av en rad `---`, inte som poster i en lista";
        NoDocuments => "the file holds no provkoll document", "filen innehåller inget provkoll-dokument";
        NoDocumentsHelp => "a provkoll document starts with `apiVersion: provkoll/v1` and a `kind`", "ett provkoll-dokument börjar med `apiVersion: provkoll/v1` och en `kind`";

        // ---- the YAML parser's (saphyr's) messages: the English is saphyr's, word for word ----
        YMappingValues => "mapping values are not allowed in this context", "ett kolon som inleder ett värde är inte tillåtet här";
        YBlockMappingKey => "while parsing a block mapping, did not find expected key", "i en mappning saknas en nyckel där en förväntades (kontrollera indraget)";
        YBlockSequenceDash => "while parsing a block collection, did not find expected '-' indicator", "i en lista saknas ett '-' där en ny post förväntades (kontrollera indraget)";
        YFlowMapping => "while parsing a flow mapping, did not find expected ',' or '}'", "i en mappning inom klammerparenteser saknas ',' eller '}'";
        YFlowSequence => "while parsing a flow sequence, expected ',' or ']'", "i en lista inom hakparenteser saknas ',' eller ']'";
        YNodeContent => "while parsing a node, did not find expected node content", "ett värde saknas där ett förväntades";
        YUnknownAnchor => "while parsing node, found unknown anchor", "aliaset hänvisar till ett okänt ankare";
        YDuplicateAnchor => "while parsing anchor, found duplicated anchor", "ankaret är definierat två gånger";
        YQuotedEnd => "while scanning a quoted scalar, found unexpected end of stream", "ett citattecken avslutas aldrig (filen tar slut)";
        YQuotedDocument => "while scanning a quoted scalar, found unexpected document indicator", "ett citattecken avslutas inte före en dokumentmarkering (`---` eller `...`)";
        YUnknownEscape => "while parsing a quoted scalar, found unknown escape character", "okänd escape-sekvens (\\) inom dubbla citattecken";
        YHexEscape => "while parsing a quoted scalar, did not find expected hexadecimal number", "en escape-sekvens inom dubbla citattecken saknar ett hexadecimalt tal";
        YUnicodeEscape => "while parsing a quoted scalar, found invalid Unicode character escape code", "ogiltig Unicode-escape inom dubbla citattecken";
        YAnchorName => "while scanning an anchor or alias, did not find expected alphabetic or numeric character", "ett ankare eller alias måste ha ett namn av bokstäver eller siffror";
        YPlainTab => "while scanning a plain scalar, found a tab", "ett värde utan citattecken innehåller en tabb";
        YTabIndent => "tab cannot be used as indentation", "tabbar får inte användas för indrag";
        YTabsBlock => "tabs disallowed within this context (block indentation)", "tabbar är inte tillåtna här (indrag i ett block)";
        YTabsHere => "tabs disallowed in this context", "tabbar är inte tillåtna här";
        YBlockScalarTab => "a block scalar content cannot start with a tab", "ett textblock får inte börja med en tabb";
        YUnprintable => "found unprintable character", "texten innehåller ett tecken som inte kan skrivas ut (ett kontrolltecken)";
        YIndentation => "invalid indentation", "felaktigt indrag";
        YFlowIndentation => "invalid indentation in flow construct", "felaktigt indrag inom klammer- eller hakparenteser";
        YQuotedIndentation => "invalid indentation in quoted scalar", "felaktigt indrag i ett värde inom citattecken";
        YAnchorIndentation => "invalid indentation for anchor", "felaktigt indrag för ett ankare";
        YSimpleKeyColon => "simple key expect ':'", "en nyckel ska följas av ':'";
        YSimpleKey => "simple key expected", "en nyckel förväntades";
        YSequenceHere => "block sequence entries are not allowed in this context", "listposter (`- `) är inte tillåtna här";
        YKeysHere => "mapping keys are not allowed in this context", "nycklar är inte tillåtna här";
        YDocumentStart => "did not find expected <document start>", "början på ett dokument (`---`) förväntades";
        YDocumentStartDash => "did not find expected <document-start>", "början på ett dokument (`---`) saknas";
        YNextToken => "did not find expected next token", "fortsättningen är inte giltig YAML";
        YPlainEnd => "unexpected end of plain scalar", "ett värde utan citattecken tar slut oväntat";
        YEof => "unexpected eof", "filen tar slut oväntat";
        YColonSpace => "':' must be followed by a valid YAML whitespace", "':' måste följas av ett blanksteg";
        YDashSpace => "'-' must be followed by a valid YAML whitespace", "'-' måste följas av ett blanksteg";
        YAfterQuoted => "invalid trailing content after double-quoted scalar", "otillåten text efter ett värde inom dubbla citattecken";
        YCommentInText => "comment intercepting the multiline text", "en kommentar avbryter ett värde som går över flera rader";
        YBlockScalarLine => "wrongly indented line in block scalar", "en rad i ett textblock har fel indrag";
        YBracket => "misplaced bracket", "en klammer- eller hakparentes står på fel plats";
        YAfterDocumentEnd => "invalid content after document end marker", "otillåten text efter dokumentets slutmarkering (`...`)";
        YColonPlacement => "illegal placement of ':' indicator", "':' står på en otillåten plats";
        YColonBracket => "':' may not precede any of `[{` in flow mapping", "':' får inte stå före `[` eller `{` i en mappning inom klammerparenteser";
        YPlainDash => "plain scalar cannot start with '-' followed by ,[]{}", "ett värde utan citattecken får inte börja med '-' följt av ,[]{}";
        YByteOrderMark => "a byte order mark must not appear inside a document", "en byte-ordningsmarkering (BOM) får inte stå inuti ett dokument";
        YUndeclaredHandle => "the handle wasn't declared", "taggens prefix är inte deklarerat";
        YWhitespace => "expected whitespace", "ett blanksteg förväntades";
        YUnexpectedChar => "unexpected character: `{char}'", "tecknet `{char}` får inte stå här";

        // ---- SchemaError ----
        UnknownKind => "unknown kind `{kind}`", "okänd dokumenttyp `{kind}`";
        DidYouMeanKind => "did you mean `{suggestion}`? The kinds are: {kinds}", "menade du `{suggestion}`? Dokumenttyperna (`kind`) är: {kinds}";
        TheKinds => "the kinds are: {kinds}", "dokumenttyperna (`kind`) är: {kinds}";
        KindExpected => "`kind` expected in this document", "`kind` saknas i det här dokumentet";
        UnknownField => "unknown field `{field}`", "okänt fält `{field}`";
        NotAFieldHere => "not a field here", "inget fält som hör hit";
        DidYouMean => "did you mean `{suggestion}`?", "menade du `{suggestion}`?";
        FieldsHere => "the fields here are: {fields}", "fälten här är: {fields}";
        MissingField => "missing field `{field}`", "fältet `{field}` saknas";
        FieldExpected => "`{field}` expected here", "`{field}` ska finnas här";
        ItemExpected => "item {index} expected here", "post {index} ska finnas här";
        InNoDocument => "`{path}` is in no document", "`{path}` finns inte i något dokument";
        FixAddField => "Add `{field}` with a placeholder", "Lägg till `{field}` med en platshållare";
        WrongType => "expected {expected}, found {found}", "{expected} förväntades, men värdet är {found}";
        TypeExpected => "{expected} expected here", "här ska stå {expected}";
        QuoteIt => "quote it: \"{written}\" (an unquoted number loses leading zeros and is not text)", "sätt värdet inom citattecken: \"{written}\" (ett tal utan citattecken tappar inledande nollor och är inte text)";
        FixQuote => "Quote the number, keeping it as written", "Sätt talet inom citattecken så att det står kvar som det är skrivet";
        Or => "{first} or {second}", "{first} eller {second}";
        // what the format wants
        WantString => "a string", "en text (sträng)";
        WantInteger => "a whole number", "ett heltal";
        WantNumber => "a number", "ett tal";
        WantBoolean => "true or false", "true eller false";
        WantList => "a list", "en lista";
        WantMapping => "a mapping", "en mappning";
        // what the document holds
        FoundNull => "null", "ett tomt värde (null)";
        FoundBoolean => "a boolean", "ett sanningsvärde";
        FoundNumber => "a number", "ett tal";
        FoundInteger => "an integer", "ett heltal";
        FoundString => "a string", "en text (sträng)";
        FoundList => "a list", "en lista";
        FoundMapping => "a mapping", "en mappning";
        BelowMinimum => "{value} is less than the least allowed, {limit}", "{value} är mindre än det minsta tillåtna, {limit}";
        AboveMaximum => "{value} is more than the most allowed, {limit}", "{value} är större än det största tillåtna, {limit}";
        NotMatching => "{value} does not have the form the field wants ({pattern})", "{value} har inte den form som fältet kräver ({pattern})";
        NotOneOf => "{value} is not one of: {allowed}", "{value} är inte något av: {allowed}";
        NotADate => "{value} is not a calendar date", "{value} är inte ett giltigt datum";
        DateHelp => "write dates as YYYY-MM-DD, e.g. 2027-03-08", "skriv datum som ÅÅÅÅ-MM-DD, t.ex. 2027-03-08";
        NotValidHere => "{value} is not valid here", "{value} är inte giltigt här";
        DuplicateDocument => "a second {kind} document", "ett andra {kind}-dokument";
        ASecond => "a second {kind}", "ett andra {kind}-dokument";
        TheFirstOne => "the first one", "det första";
        AtMostOne => "a configuration holds at most {max} {kind} document; merge them", "en konfiguration har högst {max} {kind}-dokument; slå ihop dem";
        DuplicateId => "{what} `{id}` is defined twice", "{what} `{id}` förekommer två gånger";
        PersonId => "Person id", "id:t för en Person";
        SchoolId => "School id", "id:t för en School";
        ProcessorId => "Processor id", "id:t för en Processor";
        ExamWindowId => "exam window id", "id:t för en provperiod";
        CertificateId => "certificate id", "id:t för ett certifikat";
        DefinedAgain => "defined again here", "förekommer igen här";
        FirstDefined => "first defined here", "förekommer först här";
        OwnId => "give each {what} its own id, or merge the two; a reference to `{id}` could mean either", "{what} ska vara unikt: ge var och en ett eget id, eller slå ihop de två; en hänvisning till `{id}` kan avse vilken som helst av dem";
        MissingDocument => "no {kind} document found", "inget {kind}-dokument hittades";
        MissingDocumentHelp => "add a document with `apiVersion: provkoll/v1` and `kind: {kind}`", "lägg till ett dokument med `apiVersion: provkoll/v1` och `kind: {kind}`";
        OrganiserAbove => "the Organiser is in {shown}, a folder above: check the whole configuration with `provkoll check {shown}`", "huvudmannens Organiser-dokument finns i {shown}, en mapp högre upp: kontrollera hela konfigurationen med `provkoll check {shown}`";
        Serde => "{detail}", "värdet kan inte läsas: {detail}";

        // ---- serde's messages (serde_core's `de::Error` defaults): the English is serde's ----
        SUnknownField => "unknown field `{field}`, expected {expected}", "okänt fält `{field}`, giltiga är {expected}";
        SNoFields => "unknown field `{field}`, there are no fields", "okänt fält `{field}`; här finns inga fält";
        SUnknownVariant => "unknown variant `{value}`, expected {expected}", "okänt värde `{value}`, giltiga är {expected}";
        SMissingField => "missing field `{field}`", "fältet `{field}` saknas";
        SDuplicateField => "duplicate field `{field}`", "fältet `{field}` förekommer två gånger";
        SInvalidType => "invalid type: {found}, expected {expected}", "fel typ: {found}, men {expected} förväntades";
        SInvalidValue => "invalid value: {found}, expected {expected}", "ogiltigt värde: {found}, men {expected} förväntades";
        SOneOf => "one of {values}", "något av {values}";
        SInteger => "integer {value}", "heltalet {value}";
        SFloat => "floating point {value}", "talet {value}";
        SBoolean => "boolean {value}", "sanningsvärdet {value}";
        SString => "string {value}", "texten {value}";
        SSequence => "sequence", "en lista";
        SMap => "map", "en mappning";
        SASequence => "a sequence", "en lista";
        SABoolean => "a boolean", "ett sanningsvärde";

        // ---- the policy pack (CatalogueError) ----
        PackIo => "cannot read the policy pack at {path}: {reason}", "kan inte läsa regelpaketet i {path}: {reason}";
        MissingMetadata => "{file}: no `# METADATA` block above `package`", "{file}: inget `# METADATA`-block ovanför `package`";
        InvalidMetadata => "{file}: invalid METADATA: {reason}", "{file}: ogiltigt METADATA-block: {reason}";
        NoRules => "the policy pack at {path} has no rule: no module declares `package provkoll.rules.<area>.<slug>` with METADATA and `deny`", "regelpaketet i {path} har ingen regel: ingen modul deklarerar `package provkoll.rules.<area>.<slug>` med METADATA och `deny`";
        NoRulesHelp => "point --policies at a folder of rules (policies/<area>/<slug>.rego), or leave it out to use the bundled pack", "låt --policies peka på en mapp med regler (policies/<area>/<slug>.rego), eller utelämna flaggan för att använda det inbyggda regelpaketet";
        NoTests => "the policy pack at {path} has no test: no `*_test.rego` module defines a `test_` rule", "regelpaketet i {path} har inget test: ingen `*_test.rego`-modul definierar en `test_`-regel";
        NoTestsHelp => "beside each rule `<area>/<slug>.rego` put `<area>/<slug>_test.rego` (package `provkoll.rules.<area>.<slug>_test`) with rules named `test_…`, each true when the case holds", "lägg bredvid varje regel `<area>/<slug>.rego` en fil `<area>/<slug>_test.rego` (paket `provkoll.rules.<area>.<slug>_test`) med regler som heter `test_…`, var och en sann när fallet stämmer";
        Placeholders => "{file}: METADATA not filled in; still CHANGE-ME: {fields}", "{file}: METADATA-blocket är inte ifyllt; fortfarande CHANGE-ME: {fields}";
        PlaceholdersHelp => "replace every CHANGE-ME in the METADATA block with the rule's own title, sources (https:// addresses), severity (error, warning or info) and hints", "ersätt varje CHANGE-ME i METADATA-blocket med regelns egen titel, källor (https://-adresser), allvarlighetsgrad (error, warning eller info) och åtgärdstips";
        RuleIdUsed => "{file}: rule ID {id} is already used by {other}", "{file}: regel-ID {id} används redan av {other}";
        IdClashHelp => "a local rule needs an ID of its own: give it an area no bundled rule uses, e.g. KOMMUN-001 (`provkoll rules` lists the IDs taken)", "en lokal regel behöver ett eget ID: ge den ett område som ingen inbyggd regel använder, t.ex. KOMMUN-001 (`provkoll rules` listar de ID som är upptagna)";
        PackageClash => "{file}: package `{package}` is already declared by {other}", "{file}: paketet `{package}` deklareras redan av {other}";
        PackageClashHelp => "a local folder adds to the pack and never changes it: give the module a package of its own (a rule's is provkoll.rules.<area>.<slug>, after its folder and file; choose an area the pack does not use)", "en lokal mapp lägger till i regelpaketet och ändrar det aldrig: ge modulen ett eget paket (en regels paket är provkoll.rules.<area>.<slug>, efter dess mapp och fil; välj ett område som paketet inte använder)";
        NoLocalRules => "the local policy folder {path} has no rule: no module declares `package provkoll.rules.<area>.<slug>` with METADATA and `deny`", "den lokala regelmappen {path} har ingen regel: ingen modul deklarerar `package provkoll.rules.<area>.<slug>` med METADATA och `deny`";
        NoLocalRulesHelp => "point --policies-extra at a folder of rules (<area>/<slug>.rego); `provkoll new-rule AREA/slug --dir DIR` writes one to start from", "låt --policies-extra peka på en mapp med regler (<area>/<slug>.rego); `provkoll new-rule AREA/slug --dir DIR` skriver en att utgå från";
        PolicyParse => "{file}: the policy does not parse", "{file}: regeln går inte att tolka";
        NotAFolder => "it is not a folder", "det är inte en mapp";
        NoSuchFolder => "no such folder", "mappen finns inte";
        NoRegoFiles => "no .rego files", "inga .rego-filer";
        NoPackageLine => "no `package` line", "ingen rad `package`";
        PackageMisplaced => "package `{package}` does not match the file's place; expected `{expected}`", "paketet `{package}` stämmer inte med filens plats; det ska vara `{expected}`";
        NoCustomBlock => "no `custom` block", "inget block `custom`";
        KeyRequired => "`{key}` is required", "`{key}` måste anges";
        RuleIdForm => "rule ID `{id}` does not match AREA-NNN (e.g. ORG-001)", "regel-ID `{id}` har inte formen AREA-NNN (t.ex. ORG-001)";
        UnknownSeverity => "unknown severity `{severity}` (error, warning or info)", "okänd allvarlighetsgrad `{severity}` (error, warning eller info)";
        NoSource => "`related_resources` must name at least one source", "`related_resources` måste ange minst en källa";
        SourceNotWeb => "source `{source}` is not an https:// address a reader can open", "källan `{source}` är inte en https://-adress som en läsare kan öppna";
        AtLine => "{reason} (line {line})", "{reason} (rad {line})";
        CheckedBy => "`custom.checked_by` is `{other}`; only `provkoll` is known", "`custom.checked_by` är `{other}`; bara `provkoll` är känt";
        PerItemList => "`custom.per_item` names `{key}`; only the lists of `input` can be judged item by item: {lists}", "`custom.per_item` nämner `{key}`; bara listorna i `input` kan bedömas post för post: {lists}";
        MessagesMap => "`custom.messages` must map each message key to its `en` and `sv` texts", "`custom.messages` ska ge varje meddelandenyckel en text på `en` och en på `sv`";
        MessageKeyForm => "message key `{key}` must be lower-case letters, digits and `_`", "meddelandenyckeln `{key}` får bara innehålla små bokstäver, siffror och `_`";
        MessageTexts => "`custom.messages.{key}` must have an `en` and an `sv` text", "`custom.messages.{key}` ska ha en text på `en` och en på `sv`";
        MessageEmpty => "`custom.messages.{key}.{lang}` is empty: write the {name} text", "`custom.messages.{key}.{lang}` är tom: skriv texten på {name}";
        MessageNotText => "`custom.messages.{key}.{lang}` must be a text", "`custom.messages.{key}.{lang}` ska vara en text";
        MessageMissing => "`custom.messages.{key}` has no {name} text (`{lang}`)", "`custom.messages.{key}` saknar text på {name} (`{lang}`)";
        MessageOther => "`custom.messages.{key}` has `{other}`; only `en` and `sv` are known", "`custom.messages.{key}` har `{other}`; bara `en` och `sv` finns";
        English => "English", "engelska";
        Swedish => "Swedish", "svenska";

        // ---- PolicyError ----
        RuleFailed => "rule {rule} ({file}) failed: {rendered}", "regeln {rule} ({file}) kunde inte utvärderas: {rendered}";
        BadViolation => "rule {rule} ({file}) returned a malformed violation: {reason}", "regeln {rule} ({file}) gav ett felaktigt formaterat fynd: {reason}";
        BadItem => "{helper} ({file}) returned a malformed item: {reason}", "{helper} ({file}) gav en felaktigt formaterad post: {reason}";

        // ---- RegistryError ----
        RegistrySyntax => "the register snapshot is not valid JSON: {detail}", "ögonblicksbilden av skolenhetsregistret är inte giltig JSON: {detail}";
        RegistryRewrite => "write the snapshot again with `provkoll registry fetch`; it is not edited by hand", "hämta ögonblicksbilden på nytt med `provkoll registry fetch`; den redigeras inte för hand";
        RegistryNotKept => "the file was not kept", "filen behölls inte";
        RegistryApiAnswer => "this is an answer of Skolverket's API itself, not a snapshot provkoll wrote around it", "det här är ett svar direkt från Skolverkets API, inte en ögonblicksbild som provkoll har skrivit runt svaret";
        RegistryNoFormat => "not a Skolenhetsregistret snapshot: no `format` field", "inte en ögonblicksbild av skolenhetsregistret: fältet `format` saknas";
        RegistryOtherFormat => "not a Skolenhetsregistret snapshot: `format` is {found}, not \"{expected}\"", "inte en ögonblicksbild av skolenhetsregistret: `format` är {found}, inte \"{expected}\"";
        RegistryForeignHelp => "a snapshot starts with \"format\": \"provkoll/skolenhetsregistret\"; write one with `provkoll registry fetch --org NNNNNN-NNNN --output FILE`", "en ögonblicksbild börjar med \"format\": \"provkoll/skolenhetsregistret\"; skriv en med `provkoll registry fetch --org NNNNNN-NNNN --output FIL`";
        RegistryVersion => "the register snapshot has version {found}; this provkoll reads version {supported}", "ögonblicksbilden av skolenhetsregistret har version {found}; den här provkoll läser version {supported}";
        RegistryVersionHelp => "fetch the snapshot again with this provkoll, or use the provkoll that wrote it", "hämta ögonblicksbilden på nytt med den här provkoll, eller använd den provkoll som skrev den";
        RegistryInvalid => "{path}: {reason}", "{path}: ogiltigt värde: {reason}";
        TheFile => "(the file)", "(filen)";
        RegistryNamedHere => "the register snapshot named here", "ögonblicksbilden av skolenhetsregistret som anges här";

        // ---- FetchError ----
        FetchOffline => "cannot reach {url}: {reason}", "kan inte nå {url}: {reason}";
        FetchOfflineHelp => "check the network connection (and any proxy); the snapshot needs Skolverket's open API once, then is committed beside the configuration", "kontrollera nätverksanslutningen (och eventuell proxy); ögonblicksbilden behöver Skolverkets öppna API en gång och checkas sedan in bredvid konfigurationen";
        FetchTimeout => "{url} did not answer within the timeout ({seconds} s)", "{url} svarade inte inom tidsgränsen ({seconds} s)";
        FetchTimeoutHelp => "try again later, or raise --timeout", "försök igen senare, eller höj --timeout";
        FetchStatus => "{url} answered HTTP {status}{detail}", "{url} svarade med HTTP {status}{detail}";
        FetchMalformed => "{url} answered with something other than the API's JSON: {reason}", "{url} svarade med något annat än API:ets JSON: {reason}";
        FetchMalformedHelp => "the API may have changed, or a proxy answered in its place; open the URL in a browser to see what it returns", "API:et kan ha ändrats, eller så svarade en proxy i dess ställe; öppna adressen i en webbläsare för att se vad den returnerar";
        FetchOrgNr => "`{value}` is not an organisation number: write NNNNNN-NNNN", "`{value}` är inte ett organisationsnummer: skriv NNNNNN-NNNN";

        // ---- OutputError ----
        RefuseOverwrite => "refusing to overwrite {files}", "skriver inte över {files}";
        InitExistsHelp => "run `provkoll init` in an empty directory, or move these files away", "kör `provkoll init` i en tom mapp, eller flytta undan filerna";
        RefuseSpecial => "refusing to write {path}: it is {what}", "skriver inte till {path}: det är {what}";
        RefuseSpecialHelp => "name a regular file; to print to standard output, leave out the option that names this path", "ange en vanlig fil; för att skriva till standard ut, utelämna flaggan som anger den här sökvägen";
        CannotWrite => "cannot write {path}: {reason}", "kan inte skriva {path}: {reason}";
        CannotRender => "cannot render {what}: {reason}", "kan inte skapa {what}: {reason}";
        InterruptHandler => "cannot install the interrupt handler: {reason}", "kan inte installera hanteraren för avbrott (Ctrl-C): {reason}";

        // ---- ScaffoldError ----
        BadRuleName => "`{name}` is not a rule's AREA/slug: {reason}", "`{name}` är inte en regels AREA/slug: {reason}";
        BadRuleNameHelp => "AREA and slug are each a lowercase ASCII letter followed by lowercase letters, digits and underscores, e.g. org/school_named; the rule is written to DIR/AREA/slug.rego", "AREA och slug är vardera en liten ASCII-bokstav följd av små bokstäver, siffror och understreck, t.ex. org/school_named; regeln skrivs till DIR/AREA/slug.rego";
        BadRuleId => "rule ID `{id}` does not match AREA-NNN", "regel-ID `{id}` har inte formen AREA-NNN";
        BadRuleIdHelp => "capital letters, a hyphen and three digits, e.g. LOCAL-001", "versaler, ett bindestreck och tre siffror, t.ex. LOCAL-001";
        RuleIdTaken => "rule ID {id} is already used by {other}", "regel-ID {id} används redan av {other}";
        RuleIdTakenHelp => "choose another with --id, or leave --id out for the first free LOCAL-NNN", "välj ett annat med --id, eller utelämna --id för att få första lediga LOCAL-NNN";
        NoFreeId => "every ID from LOCAL-001 to LOCAL-999 is used in {dir}", "alla ID från LOCAL-001 till LOCAL-999 används redan i {dir}";
        NoFreeIdHelp => "name one with --id", "ange ett med --id";
        NotOneFolderDeep => "it does not name a file one folder deep", "det anger inte en fil en mapp ner";
        NoSlash => "no `/` between AREA and slug", "inget `/` mellan AREA och slug";
        TheArea => "AREA", "området (AREA)";
        TheSlug => "the slug", "namnet (slug)";
        PartEmpty => "{what} is empty (column {column})", "{what} är tomt (kolumn {column})";
        FirstLetter => "a lowercase ASCII letter, which must begin it", "en liten ASCII-bokstav, som det måste börja med";
        LaterLetter => "a lowercase ASCII letter, digit or underscore", "en liten ASCII-bokstav, siffra eller ett understreck";
        BadChar => "`{char}` at column {column} of {what} is not {want}", "`{char}` i kolumn {column} av {what} är inte {want}";
        Reserved => "{what} `{part}` is a Rego keyword or root document", "{what} `{part}` är ett nyckelord eller rotdokument i Rego";
        LibArea => "`lib` holds the pack's helpers, which are not rules", "`lib` innehåller paketets hjälpfunktioner, som inte är regler";
        TestModuleName => "a file named {slug}.rego is a test module, which a check leaves out", "en fil som heter {slug}.rego är en testmodul, som en kontroll hoppar över";
        ScaffoldExistsHelp => "choose another slug, or move these files away; nothing was written", "välj ett annat namn (slug), eller flytta undan filerna; inget skrevs";

        // ---- SettingsError ----
        SettingsIo => "cannot read the settings file {path}: {reason}", "kan inte läsa inställningsfilen {path}: {reason}";
        SettingsInvalid => "{detail}", "ogiltig inställningsfil: {detail}";
        SettingsInvalidHelp => "`provkoll schema --settings` prints every key and the values it takes; the README's \"Settings: provkoll.toml\" explains them", "`provkoll schema --settings` skriver ut varje nyckel och vilka värden den tar; avsnittet \"Settings: provkoll.toml\" i README förklarar dem";
        SettingsUnknownKeyHelp => "{suggestion}no key switches a rule off or lowers a severity: that is what an approved, expiring Waiver document is for; `provkoll schema --settings` prints every key", "{suggestion}ingen nyckel stänger av en regel eller sänker en allvarlighetsgrad: det är vad ett godkänt, tidsbegränsat Waiver-dokument är till för; `provkoll schema --settings` skriver ut varje nyckel";
        SettingsDidYouMean => "did you mean `{suggestion}`? ", "menade du `{suggestion}`? ";
        MissingPath => "`{key}`: {path} is not {expected}", "`{key}`: {path} är inte {expected}";
        AFolder => "a folder", "en mapp";
        AFile => "a file", "en fil";
        MissingPathHelp => "the path is read relative to the folder of the settings file", "sökvägen läses från inställningsfilens mapp";
        BadGlob => "`exclude`: `{glob}` is not a valid glob: {reason}", "`exclude`: `{glob}` är inte ett giltigt mönster: {reason}";
        BadGlobHelp => "write globs as in .gitignore, relative to the folder of the settings file, e.g. \"archive/\" or \"drafts/**/*.yaml\"", "skriv mönster som i .gitignore, från inställningsfilens mapp, t.ex. \"archive/\" eller \"drafts/**/*.yaml\"";

        // ---- how an emitter frames a problem ----
        PackBroken => "the policy pack is broken: {problems}", "regelpaketet är trasigt: {problems}";
        HelpLine => "{message}\n  help: {help}", "{message}\n  hjälp: {help}";
        HelpAfter => "help: {help}", "hjälp: {help}";
        // the word before a help text in the human format
        HelpWord => "help", "hjälp";
        // the word before a related place ("first defined here") in the human format
        RelatedWord => "Advice", "Se även";
        GithubHelp => "{message} Help: {help}", "{message} Hjälp: {help}";
        LineColumn => "line {line}, column {column}: ", "rad {line}, kolumn {column}: ";
    }
}

/// One argument of a [`Msg`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arg {
    /// Shown as written in either language: a field name, a path, a number, a quoted value.
    Text(String),
    /// A text of its own, rendered in the same language: a word ("a string"), a clause.
    Msg(Msg),
    /// An operating system's reason: its own text in English, the catalogue's word for its kind
    /// in Swedish ("Permission denied (os error 13)" / "behörighet saknas").
    Os { text: String, word: P },
}

/// A problem's text before it has a language: a key and its named arguments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Msg {
    pub key: P,
    pub args: Vec<(&'static str, Arg)>,
}

impl From<P> for Msg {
    fn from(key: P) -> Self {
        Msg {
            key,
            args: Vec::new(),
        }
    }
}

impl P {
    /// This key as a message, to add arguments to.
    pub fn msg(self) -> Msg {
        Msg::from(self)
    }
}

impl Msg {
    /// With `{name}` shown as `value` in every language.
    pub fn arg(mut self, name: &'static str, value: impl fmt::Display) -> Self {
        self.args.push((name, Arg::Text(value.to_string())));
        self
    }

    /// With `{name}` rendered from `value`, in the same language as this message.
    pub fn sub(mut self, name: &'static str, value: impl Into<Msg>) -> Self {
        self.args.push((name, Arg::Msg(value.into())));
        self
    }

    /// An operating system's (or another crate's) reason, in its own English, in a frame of
    /// ours ("systemfel: …").
    pub fn os(reason: impl fmt::Display) -> Msg {
        P::OsError.msg().arg("text", reason)
    }

    /// An I/O error's reason: the system's English, in Swedish the catalogue's word for its
    /// kind where there is one (else the system's English in the frame of [`Msg::os`]).
    pub fn io(e: &std::io::Error) -> Msg {
        Msg::io_as(e.kind(), e.to_string())
    }

    /// [`Msg::io`] with the system's text as another crate reworded it (walkdir's).
    pub fn io_as(kind: std::io::ErrorKind, text: String) -> Msg {
        use std::io::ErrorKind as K;
        let word = match kind {
            K::NotFound => P::IoNotFound,
            K::PermissionDenied => P::IoPermissionDenied,
            K::IsADirectory => P::IoIsADirectory,
            K::NotADirectory => P::IoNotADirectory,
            K::InvalidData => P::IoInvalidData,
            K::TimedOut => P::IoTimedOut,
            K::Interrupted => P::IoInterrupted,
            _ => return Msg::os(text),
        };
        let mut m = P::OsError.msg();
        m.args.push(("text", Arg::Os { text, word }));
        m
    }

    /// The text in `lang`.
    pub fn render(&self, lang: Lang) -> String {
        let values: Vec<(&str, String)> = self
            .args
            .iter()
            .map(|(name, arg)| {
                let value = match arg {
                    Arg::Text(t) => t.clone(),
                    Arg::Msg(m) => m.render(lang),
                    Arg::Os { text, .. } if lang == Lang::En => text.clone(),
                    Arg::Os { word, .. } => word.get(lang).to_owned(),
                };
                (*name, value)
            })
            .collect();
        let borrowed: Vec<(&str, &str)> = values.iter().map(|(n, v)| (*n, v.as_str())).collect();
        fill_template(self.key.get(lang), &borrowed)
    }

    /// Change every argument shown as written (redaction masks identity numbers in them), in
    /// nested messages too. The templates themselves quote no value.
    pub fn for_each_text(&mut self, f: &mut dyn FnMut(&mut String)) {
        for (_, arg) in &mut self.args {
            match arg {
                Arg::Text(t) | Arg::Os { text: t, .. } => f(t),
                Arg::Msg(m) => m.for_each_text(f),
            }
        }
    }

    /// Words joined by "or" in the language rendered: `a`, `a or b`, `a or b or c`.
    pub fn either(words: impl IntoIterator<Item = Msg>) -> Option<Msg> {
        words
            .into_iter()
            .reduce(|first, second| P::Or.msg().sub("first", first).sub("second", second))
    }
}

/// English: what the error types' `Display` shows and what a log reads.
impl fmt::Display for Msg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(Lang::En))
    }
}

/// The YAML parser's message as a text of the catalogue, or as the parser wrote it when it is
/// not one this catalogue knows (it is then shown in English inside "ogiltig YAML: …").
pub fn yaml_parser_text(info: &str) -> Msg {
    // a parser message that equals another text of the catalogue reads the same in both
    if let Some(&key) = P::ALL.iter().find(|key| key.get(Lang::En) == info) {
        return key.msg();
    }
    // "unexpected character: `%'": the one message with a value in it
    let unexpected = info
        .strip_prefix("unexpected character: `")
        .and_then(|rest| rest.strip_suffix('\''));
    match unexpected {
        Some(c) => P::YUnexpectedChar.msg().arg("char", c),
        None => P::Verbatim.msg().arg("text", info),
    }
}

/// A message of serde's (`unknown field …`, `invalid type: …`) as a text of the catalogue, its
/// parts translated where serde's wording is known; as serde wrote it otherwise. The English
/// renders back to serde's words exactly.
pub fn serde_text(message: &str) -> Msg {
    let verbatim = |s: &str| P::Verbatim.msg().arg("text", s);
    let quoted = |rest: &str| -> Option<(String, String)> {
        let rest = rest.strip_prefix('`')?;
        let (name, tail) = rest.split_once('`')?;
        Some((name.to_owned(), tail.to_owned()))
    };
    if let Some((field, tail)) = message.strip_prefix("unknown field ").and_then(quoted) {
        if tail == ", there are no fields" {
            return P::SNoFields.msg().arg("field", field);
        }
        if let Some(expected) = tail.strip_prefix(", expected ") {
            return P::SUnknownField
                .msg()
                .arg("field", field)
                .sub("expected", serde_expected(expected));
        }
    }
    if let Some((value, tail)) = message.strip_prefix("unknown variant ").and_then(quoted)
        && let Some(expected) = tail.strip_prefix(", expected ")
    {
        return P::SUnknownVariant
            .msg()
            .arg("value", value)
            .sub("expected", serde_expected(expected));
    }
    for (prefix, key) in [
        ("missing field ", P::SMissingField),
        ("duplicate field ", P::SDuplicateField),
    ] {
        if let Some((field, tail)) = message.strip_prefix(prefix).and_then(quoted)
            && tail.is_empty()
        {
            return key.msg().arg("field", field);
        }
    }
    for (prefix, key) in [
        ("invalid type: ", P::SInvalidType),
        ("invalid value: ", P::SInvalidValue),
    ] {
        if let Some((found, expected)) = message
            .strip_prefix(prefix)
            .and_then(|rest| rest.rsplit_once(", expected "))
        {
            return key
                .msg()
                .sub("found", serde_unexpected(found))
                .sub("expected", serde_expected(expected));
        }
    }
    verbatim(message)
}

/// serde's "expected …": `` `a` ``, `` `a` or `b` ``, `` one of `a`, `b` ``, or a type in words.
fn serde_expected(expected: &str) -> Msg {
    if let Some(values) = expected.strip_prefix("one of ") {
        return P::SOneOf.msg().arg("values", values);
    }
    if let Some((first, second)) = expected.split_once(" or ")
        && first.starts_with('`')
        && second.starts_with('`')
    {
        return P::Or.msg().arg("first", first).arg("second", second);
    }
    let word = [
        P::WantString,
        P::SASequence,
        P::SABoolean,
        P::WantMapping,
        P::WantList,
    ]
    .into_iter()
    .find(|k| k.get(Lang::En) == expected);
    match word {
        Some(k) => k.msg(),
        None => P::Verbatim.msg().arg("text", expected),
    }
}

/// serde's "invalid type: …": what it found, with the value as serde quotes it.
fn serde_unexpected(found: &str) -> Msg {
    for (prefix, key) in [
        ("integer ", P::SInteger),
        ("floating point ", P::SFloat),
        ("boolean ", P::SBoolean),
        ("string ", P::SString),
    ] {
        if let Some(value) = found.strip_prefix(prefix) {
            return key.msg().arg("value", value);
        }
    }
    match found {
        "sequence" => P::SSequence.msg(),
        "map" => P::SMap.msg(),
        other => P::Verbatim.msg().arg("text", other),
    }
}

/// A special file's kind ([`special`](super::file_kind::special)) as a word of the catalogue.
pub fn special_file_word(what: &str) -> Msg {
    // an output path refused because of what its link leads to (`base::write`)
    if let Some(target) = what.strip_prefix("a symbolic link to ") {
        return P::SymlinkTo.msg().sub("what", special_file_word(target));
    }
    [P::Fifo, P::Device, P::Socket, P::SpecialFile]
        .into_iter()
        .find(|k| k.get(Lang::En) == what)
        .map_or_else(|| P::Verbatim.msg().arg("text", what), Msg::from)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)] // tests fail loudly on purpose
    use super::*;
    use crate::base::texts::{pair_fault, slots};

    #[test]
    fn every_problem_text_has_both_languages_with_the_same_arguments() {
        for key in P::ALL {
            let (en, sv) = (key.get(Lang::En), key.get(Lang::Sv));
            assert_eq!(pair_fault(en, sv), None, "{key:?}");
            // a text that is not a bare slot is translated (the Swedish differs)
            if slots(en).join("").len() + 2 * slots(en).len() < en.len() {
                assert_ne!(en, sv, "{key:?} is not translated");
            }
        }
    }

    #[test]
    fn a_message_renders_its_arguments_in_its_language() {
        let m = P::WrongType
            .msg()
            .sub(
                "expected",
                Msg::either([P::WantString.msg(), P::WantInteger.msg()]).unwrap(),
            )
            .sub("found", P::FoundList);
        assert_eq!(
            m.to_string(),
            "expected a string or a whole number, found a list"
        );
        assert_eq!(
            m.render(Lang::Sv),
            "en text (sträng) eller ett heltal förväntades, men värdet är en lista"
        );
        let mut masked = P::MissingField.msg().arg("field", "x");
        masked.for_each_text(&mut |t| *t = t.to_uppercase());
        assert_eq!(masked.render(Lang::Sv), "fältet `X` saknas");
    }

    #[test]
    fn serdes_messages_are_translated_and_read_back_as_serde_wrote_them() {
        for (serde, sv) in [
            (
                "unknown field `fail_onn`, expected one of `fail_on`, `lang`",
                "okänt fält `fail_onn`, giltiga är något av `fail_on`, `lang`",
            ),
            (
                "unknown variant `pdf`, expected `html` or `markdown`",
                "okänt värde `pdf`, giltiga är `html` eller `markdown`",
            ),
            (
                "invalid type: string \"archive/\", expected a sequence",
                "fel typ: texten \"archive/\", men en lista förväntades",
            ),
            (
                "invalid type: integer `3`, expected a string",
                "fel typ: heltalet `3`, men en text (sträng) förväntades",
            ),
            ("missing field `org_nr`", "fältet `org_nr` saknas"),
            ("something else", "something else"),
        ] {
            let m = serde_text(serde);
            assert_eq!(m.to_string(), serde, "the English is serde's own");
            assert_eq!(m.render(Lang::Sv), sv);
        }
    }

    #[test]
    fn an_io_error_is_the_systems_english_and_a_swedish_word() {
        let e = std::io::Error::from(std::io::ErrorKind::PermissionDenied);
        let m = Msg::io(&e);
        assert_eq!(m.to_string(), e.to_string());
        assert_eq!(m.render(Lang::Sv), "systemfel: behörighet saknas");
        let other = Msg::io(&std::io::Error::other("odd"));
        assert_eq!(other.render(Lang::Sv), "systemfel: odd");
    }

    #[test]
    fn the_parsers_known_messages_are_translated_and_others_framed() {
        let known = yaml_parser_text("mapping values are not allowed in this context");
        assert_eq!(known.key, P::YMappingValues);
        let c = yaml_parser_text("unexpected character: `%'");
        assert_eq!(c.render(Lang::Sv), "tecknet `%` får inte stå här");
        assert_eq!(c.to_string(), "unexpected character: `%'");
        let other = yaml_parser_text("something new");
        let framed = P::Syntax.msg().sub("detail", other);
        assert_eq!(framed.render(Lang::Sv), "ogiltig YAML: something new");
    }
}
