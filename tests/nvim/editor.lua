-- provkoll's language server in a real editor: tests/editor.rs runs
--   nvim --headless -u NONE -i NONE -S tests/nvim/editor.lua
-- in a copy of examples/02-fristaende-koncern.
-- It loads the README's Neovim 0.7 snippet as a user's init.lua would, then does what a user
-- does: open a file, read the diagnostics, hover, go to a definition, waive a finding, save.
-- What it sees is written as JSON to $PROVKOLL_TEST_RESULT, which the Rust test compares with
-- `provkoll check --format json`; a step that never comes true is written there as `error`.

-- an error outside `main` would leave headless Neovim waiting for input: nothing may fail here
local RESULT = os.getenv('PROVKOLL_TEST_RESULT')
if not RESULT or RESULT == '' then
  vim.cmd('cquit 2')
end

local env = function(name)
  local v = os.getenv(name)
  assert(v and v ~= '', name .. ' is not set')
  return v
end
local SNIPPET, BIN, AS_OF, EXPECTED
-- a deadline so that a hang fails instead of blocking CI, not a speed assertion: the machine
-- may be busy with other builds
local DEADLINE_MS = 120000

local seen = {}

local function wait_for(what, condition)
  local last
  local ok = vim.wait(DEADLINE_MS, function()
    local done, detail = condition()
    last = detail
    return done
  end, 50)
  if not ok then
    error(string.format('after %d s still waiting for %s%s', DEADLINE_MS / 1000, what,
      last and (': ' .. vim.inspect(last)) or ''), 0)
  end
end

local function rel(bufnr)
  return vim.fn.fnamemodify(vim.api.nvim_buf_get_name(bufnr), ':.')
end

-- vim.diagnostic's columns are bytes into the line; `check`'s are characters, 1-based
local function char_col(bufnr, lnum, byte)
  local line = vim.api.nvim_buf_get_lines(bufnr, lnum, lnum + 1, false)[1] or ''
  byte = math.min(byte, #line)
  return vim.str_utfindex(line, byte) + 1
end

-- `RULE severity line:col-line:col` per diagnostic, sorted: the same form the Rust test makes
-- from `check --format json`
local function shown(bufnr)
  local out = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    table.insert(out, string.format('%s %d %d:%d-%d:%d', d.code, d.severity,
      d.lnum + 1, char_col(bufnr, d.lnum, d.col),
      d.end_lnum + 1, char_col(bufnr, d.end_lnum, d.end_col)))
  end
  table.sort(out)
  return out
end

local function find(bufnr, code, severity)
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    if d.code == code and (severity == nil or d.severity == severity) then
      return d
    end
  end
end

local function provkoll_client()
  for _, c in ipairs(vim.lsp.get_active_clients()) do
    if c.name == 'provkoll' then
      return c
    end
  end
end

local function open(path)
  vim.cmd('edit ' .. vim.fn.fnameescape(path))
  local bufnr = vim.api.nvim_get_current_buf()
  wait_for('provkoll to attach to ' .. path, function()
    local c = provkoll_client()
    return c ~= nil and vim.lsp.buf_is_attached(bufnr, c.id)
  end)
  return bufnr
end

-- the diagnostics of `bufnr` become what `check` reports for its file
local function wait_for_check(bufnr)
  local file = rel(bufnr)
  local want = EXPECTED[file]
  assert(want, 'the test expects nothing for ' .. file)
  wait_for('the diagnostics of ' .. file .. ' to be ' .. vim.inspect(want), function()
    local now = shown(bufnr)
    return vim.deep_equal(now, want), now
  end)
  seen.diagnostics[file] = shown(bufnr)
end

local function text(bufnr)
  return table.concat(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false), '\n') .. '\n'
end

local function cursor_to(bufnr, d)
  vim.api.nvim_set_current_buf(bufnr)
  vim.api.nvim_win_set_cursor(0, { d.lnum + 1, d.col })
end

local function main()
  SNIPPET = env('PROVKOLL_TEST_SNIPPET')
  BIN = env('PROVKOLL_TEST_BIN')
  AS_OF = env('PROVKOLL_TEST_AS_OF')
  EXPECTED = vim.fn.json_decode(table.concat(vim.fn.readfile(env('PROVKOLL_TEST_EXPECTED')), '\n'))
  -- the snippet starts `provkoll` from PATH: it must be the binary under test
  seen.exepath = vim.fn.resolve(vim.fn.exepath('provkoll'))
  assert(seen.exepath == vim.fn.resolve(BIN),
    'provkoll on PATH is ' .. seen.exepath .. ', not the built ' .. BIN)
  -- what `-u NONE` leaves off and a user's config has on: filetype detection starts the server
  vim.cmd('filetype on')
  dofile(SNIPPET)
  seen.diagnostics = {}

  local vast = open('legal-entities/exempelskolor-vast-ab.yaml')
  -- the README's snippet checks as of today; an audit date is a setting changed at run time
  local client = provkoll_client()
  client.notify('workspace/didChangeConfiguration', { settings = { provkoll = { asOf = AS_OF } } })
  wait_for_check(vast)

  -- hover on a diagnostic: the rule's explanation
  local org3 = find(vast, 'ORG-003')
  assert(org3, 'no ORG-003 in ' .. vim.inspect(shown(vast)))
  cursor_to(vast, org3)
  local answers = vim.lsp.buf_request_sync(vast, 'textDocument/hover',
    vim.lsp.util.make_position_params(0, client.offset_encoding), DEADLINE_MS)
  local hover = answers and answers[client.id]
  assert(hover and hover.result, 'no hover: ' .. vim.inspect(answers))
  seen.hover = hover.result.contents.value

  local a = open('legal-entities/exempelskolor-ab.yaml')
  wait_for_check(a)

  -- go to the definition of a person id, as `gd` mapped to vim.lsp.buf.definition() does
  local row = vim.fn.search('issued_by: olof', 'cw')
  assert(row > 0, 'no `issued_by: olof` in ' .. rel(a))
  local line = vim.api.nvim_buf_get_lines(a, row - 1, row, false)[1]
  -- on the second letter of `olof` (0-based bytes): inside the id, not at its edge
  local at_olof = (line:find('olof', 1, true))
  vim.api.nvim_win_set_cursor(0, { row, at_olof })
  vim.lsp.buf.definition()
  wait_for('the definition of olof to open', function()
    return vim.api.nvim_get_current_buf() ~= a, rel(vim.api.nvim_get_current_buf())
  end)
  local cur = vim.api.nvim_win_get_cursor(0)
  seen.definition = {
    file = rel(vim.api.nvim_get_current_buf()),
    line = cur[1],
    column = char_col(0, cur[1] - 1, cur[2]),
  }

  -- waive ORG-007 through the code-action menu, choosing the waiver as a user would
  local org7 = find(a, 'ORG-007')
  assert(org7, 'no ORG-007 in ' .. vim.inspect(shown(a)))
  cursor_to(a, org7)
  seen.actions = {}
  vim.ui.select = function(items, opts, on_choice)
    local chosen
    for _, item in ipairs(items) do
      local title = opts.format_item(item)
      table.insert(seen.actions, title)
      -- the snippet asks for Swedish: the action is "Undanta ORG-007 för …"
      if title:find('^Undanta ORG%-007') then
        chosen = item
      end
    end
    on_choice(chosen)
  end
  vim.lsp.buf.code_action()
  wait_for('the waiver to be inserted', function()
    return text(a):find('kind: Waiver', 1, true) ~= nil, seen.actions
  end)
  -- as inserted, the waiver names no approver: it excuses nothing yet and is a finding itself
  wait_for('the inserted waiver to be checked', function()
    return find(a, 'WAIVER-003') ~= nil, shown(a)
  end)
  seen.inserted = { text = text(a), diagnostics = shown(a) }

  -- the one thing to fill in: who approved it; then save
  local at = vim.fn.search('^approved_by: CHANGE-ME', 'cw')
  assert(at > 0, 'no approved_by placeholder in the inserted waiver')
  vim.api.nvim_buf_set_lines(a, at - 1, at, false, { 'approved_by: maria' })
  vim.cmd('write')
  wait_for('ORG-007 to become a hint (waived)', function()
    return find(a, 'ORG-007', vim.diagnostic.severity.HINT) ~= nil, shown(a)
  end)
  seen.waived = { text = text(a), diagnostics = shown(a),
    message = find(a, 'ORG-007', vim.diagnostic.severity.HINT).message }
end

local ok, err = xpcall(main, debug.traceback)
if not ok then
  seen.error = tostring(err)
end
vim.fn.writefile({ vim.fn.json_encode(seen) }, RESULT)
if ok then
  vim.cmd('qall!')
else
  vim.cmd('cquit 1')
end
