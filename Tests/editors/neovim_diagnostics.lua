-- Attaches `tandem lsp` to a session file in headless Neovim, waits for its
-- diagnostics, applies the "Mark done" code action to the buffer, and writes
-- what it saw to a file. Run by the end-to-end test:
--   TANDEM_BIN=… TANDEM_FILE=… TANDEM_OUT=… TANDEM_TODAY=… nvim --headless --clean -c "luafile neovim_diagnostics.lua"
local bin, file, out, today = os.getenv("TANDEM_BIN"), os.getenv("TANDEM_FILE"), os.getenv("TANDEM_OUT"), os.getenv("TANDEM_TODAY")
local report = {}
local function finish()
  vim.fn.writefile(report, out)
  vim.cmd("qa!")
end

vim.cmd("edit " .. vim.fn.fnameescape(file))
local buf = vim.api.nvim_get_current_buf()
local config = { name = "tandem", cmd = { bin, "lsp", "--today", today, "--debounce-ms", "50" },
                 root_dir = vim.fn.fnamemodify(file, ":h") }
local client_id
if vim.lsp.start then
  client_id = vim.lsp.start(config)  -- Neovim 0.8 and later
else
  client_id = vim.lsp.start_client(config)
  vim.lsp.buf_attach_client(buf, client_id)
end

local function diagnostics()
  local lines = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    table.insert(lines, string.format("%d:%s:%d:%s", d.lnum + 1, d.code or "?", d.severity, d.message))
  end
  table.sort(lines)
  return lines
end

if not vim.wait(30000, function() return #vim.diagnostic.get(buf) > 0 end, 50) then
  table.insert(report, "timeout: no diagnostics")
  return finish()
end
for _, line in ipairs(diagnostics()) do table.insert(report, "diagnostic " .. line) end

-- "Mark done" on the first commitment-overdue diagnostic's line, applied to the buffer only.
local overdue
for _, d in ipairs(vim.diagnostic.get(buf)) do
  if d.code == "commitment-overdue" then overdue = d break end
end
if overdue then
  local params = { textDocument = { uri = vim.uri_from_bufnr(buf) },
                   range = { start = { line = overdue.lnum, character = 0 }, ["end"] = { line = overdue.lnum, character = 0 } },
                   context = { diagnostics = {} } }
  local responses = vim.lsp.buf_request_sync(buf, "textDocument/codeAction", params, 10000) or {}
  for _, response in pairs(responses) do
    for _, action in ipairs(response.result or {}) do
      table.insert(report, "action " .. action.title)
      if action.title == "Mark done" then vim.lsp.util.apply_workspace_edit(action.edit, "utf-16") end
    end
  end
  table.insert(report, "line " .. vim.api.nvim_buf_get_lines(buf, overdue.lnum, overdue.lnum + 1, false)[1])
  local cleared = vim.wait(30000, function()
    for _, d in ipairs(vim.diagnostic.get(buf)) do
      if d.code == "commitment-overdue" and d.lnum == overdue.lnum then return false end
    end
    return true
  end, 50)
  table.insert(report, cleared and "overdue cleared" or "overdue still shown")
end
vim.lsp.stop_client(client_id)
finish()
