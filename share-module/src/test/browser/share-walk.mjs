/**
 * LPO Desk in a real Alfresco Share, walked as the demo users would (README, "Share in a browser").
 *
 * Logs in through Share's login form and walks the product's main flow: the paralegal outsources a
 * petition draft (and is refused, readably, for a passport without consent), the LPO manager
 * accepts from the vendor site, the associate drafts in Share's inline editor in the assignment
 * folder, the LPO reviewer sends the work to the firm, the attorney approves from a task form that
 * shows the vendor's draft, the paralegal asks for attorney review of an in-house draft; the firm
 * and vendor site dashboards render and the vendor site's Create menu has no client or case.
 *
 * Every page runs with YAHOO.util.Event.throwErrors on (YUI otherwise swallows errors in event
 * handlers); a step fails on any page error, any 4xx/5xx answer of Share or the repository the
 * step did not expect, and any visible "undefined", raw imm:/immwf: name or model constant.
 *
 * Environment: LPODESK_SHARE_URL (e.g. http://127.0.0.1:8081/share), LPODESK_REPO_URL (e.g.
 * http://127.0.0.1:8080/alfresco), LPODESK_DEMO_PASSWORD or one LPODESK_DEMO_<ROLE>_PASSWORD per
 * demo user (as for the demo data), LPODESK_CHROMIUM (default /usr/bin/chromium),
 * LPODESK_SCREENS_DIR (default docs/screens of the project), LPODESK_REPO_SMTP (host:port of the
 * repository's inbound SMTP server, default the repository's host and 2525: the e-mail steps send the
 * client's mail there) and LPODESK_MAIL_SINK_PORT (when set, the walk listens there as the firm's mail
 * server, the repository's mail.port, and checks the reply it receives). Without the URLs it says so
 * and stops with success, so that a build without a Share stays green.
 */
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import puppeteer from "puppeteer-core";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const PROJECT = path.resolve(HERE, "../../../..");
const env = process.env;
const SHARE = (env.LPODESK_SHARE_URL || "").replace(/\/$/, "");
const REPO = (env.LPODESK_REPO_URL || "").replace(/\/$/, "");

if (!SHARE || !REPO) {
  console.log("SKIPPED: the Share browser suite needs a running Share and repository with LPO Desk and its demo data;"
    + " set LPODESK_SHARE_URL and LPODESK_REPO_URL (README, 'Share in a browser').");
  process.exit(0);
}

const SCREENS = path.resolve(env.LPODESK_SCREENS_DIR || path.join(PROJECT, "docs/screens"));
const CHROMIUM = env.LPODESK_CHROMIUM || "/usr/bin/chromium";
const FIRM_SITE = env.LPODESK_FIRM_SITE || "lpodesk-demo-firm";
const VENDOR_SITE = env.LPODESK_VENDOR_SITE || "lpo-demo-lpo";
const RUN = new Date().toISOString().replace(/[-:T]/g, "").substring(0, 14);
/**
 * Chromium's preload scanner sometimes requests the first `@import url("…")` of a Share style block
 * as a page-relative path (…/page/site/x/url(%22/share/res/…); the page itself is right and the
 * stylesheet loads): not the page's error, so not counted.
 */
const PRELOAD_SCANNER_NOISE = /\/url\((%22|")/;

/** The demo users (platform-module bootstrap/demo/demo-data.json) and the variable of each one's password. */
/** The firm's today (lpodesk.firm.zone), as the repository dates an attestation: yyyy-MM-dd. */
const TODAY = new Intl.DateTimeFormat("en-CA", { timeZone: "America/New_York" }).format(new Date());
const USERS = {
  paralegal: { name: "demo.paralegal", role: "PARALEGAL" },
  attorney: { name: "demo.attorney", role: "ATTORNEY" },
  manager: { name: "demo.lpo.manager", role: "LPO_MANAGER" },
  associate: { name: "demo.lpo.associate", role: "LPO_ASSOCIATE" },
  reviewer: { name: "demo.lpo.reviewer", role: "LPO_REVIEWER" },
  firmAdmin: { name: "demo.firmadmin", role: "FIRM_ADMIN" },
};
function password(user) {
  const value = env["LPODESK_DEMO_" + user.role + "_PASSWORD"] || env.LPODESK_DEMO_PASSWORD;
  if (!value) {
    throw new Error("No password for " + user.name + ": set LPODESK_DEMO_PASSWORD or LPODESK_DEMO_" + user.role + "_PASSWORD");
  }
  return value;
}

// ---------------------------------------------------------------------------------------------
// What no page may show: the model's raw names and constants, read from the models themselves
// ---------------------------------------------------------------------------------------------

const MODEL_DIR = path.join(PROJECT, "platform-module/src/main/resources/alfresco/module/lpodesk-platform/model");
/** Words that are constants of the model and also plain English or acronyms in labels. */
const ORDINARY_WORDS = new Set(["PERM", "RFE", "NOID", "NOIR", "NOIT", "Accept", "Decline", "Approve", "Return", "Cancel",
  "Resubmit", "Withdraw", "INDIVIDUAL", "MAIL", "API"]);
function modelConstants() {
  const constants = new Set();
  for (const file of ["immigration-model.xml", "workflow-model.xml"]) {
    const xml = fs.readFileSync(path.join(MODEL_DIR, file), "utf8");
    for (const list of xml.matchAll(/<constraint name="[^"]+" type="LIST">([\s\S]*?)<\/constraint>/g)) {
      for (const value of list[1].matchAll(/<value>([^<]+)<\/value>/g)) {
        const v = value[1].trim();
        if (v !== "true" && v !== "false" && !ORDINARY_WORDS.has(v) && /^[A-Z][A-Z0-9_]{2,}$/.test(v)) {
          constants.add(v);
        }
      }
    }
  }
  return [...constants];
}
const CONSTANTS = modelConstants();
const RAW_TEXT = [
  { what: "'undefined'", pattern: /\bundefined\b/ },
  { what: "a raw model name", pattern: /\b(?:imm|immwf):[A-Za-z]+/ },
  { what: "a model constant", pattern: new RegExp("\\b(?:" + CONSTANTS.join("|") + ")\\b") },
  { what: "a Java exception", pattern: /\b(?:java|org\.alfresco|org\.activiti)\.[\w.]+(?:Exception|Error)\b/ },
];

// ---------------------------------------------------------------------------------------------
// Steps and their evidence
// ---------------------------------------------------------------------------------------------

const results = [];
let shot = 0;

class StepFailure extends Error {}

/** A page of one user, watched for errors and unexpected error answers. */
class Session {
  constructor(browser, user) {
    this.browser = browser;
    this.user = user;
    this.problems = [];
    this.expected = [];
  }

  async open() {
    this.context = await this.browser.createBrowserContext();
    this.page = await this.context.newPage();
    await this.page.setViewport({ width: 1360, height: 900 });
    this.page.setDefaultTimeout(30000);
    this.page.on("pageerror", (error) => this.problems.push("page error: " + error.message));
    this.page.on("console", (message) => {
      if (message.type() === "error" && !/favicon|Failed to load resource/.test(message.text())
          && !PRELOAD_SCANNER_NOISE.test(message.text())) {
        this.problems.push("console error: " + message.text());
      }
    });
    this.page.on("response", (response) => {
      const url = response.url();
      const status = response.status();
      if (status >= 400 && (url.startsWith(SHARE) || url.startsWith(REPO)) && !PRELOAD_SCANNER_NOISE.test(url)
          && !this.expected.some((e) => e.status === status && e.url.test(url))) {
        this.problems.push("HTTP " + status + " " + response.request().method() + " " + url.replace(SHARE, ""));
      }
    });
    // YUI swallows exceptions in event handlers unless told otherwise: a dialog that never opens says nothing
    await this.page.evaluateOnNewDocument(() => {
      const arm = () => {
        if (window.YAHOO && window.YAHOO.util && window.YAHOO.util.Event) {
          window.YAHOO.util.Event.throwErrors = true;
        } else {
          setTimeout(arm, 20);
        }
      };
      arm();
    });
    return this;
  }

  async login() {
    await this.page.goto(SHARE + "/page/", { waitUntil: "networkidle2", timeout: 120000 });
    await this.page.waitForSelector("input[name=username]");
    await this.page.type("input[name=username]", this.user.name);
    await this.page.type("input[name=password]", password(this.user));
    await Promise.all([
      this.page.waitForNavigation({ waitUntil: "networkidle2", timeout: 120000 }),
      this.page.click("button[type=submit], input[type=submit], [id$=submit-button]"),
    ]);
    if ((await this.page.$("input[name=password]")) !== null) {
      throw new StepFailure(this.user.name + " could not log in through Share's login form");
    }
  }

  async goto(relative) {
    await this.page.goto(SHARE + relative, { waitUntil: "networkidle2" });
  }

  /** Fails on anything a user should never read on the page as it is now. */
  async checkText(where) {
    const text = await this.page.evaluate(() => document.body ? document.body.innerText : "");
    for (const raw of RAW_TEXT) {
      const found = text.match(raw.pattern);
      if (found) {
        const at = text.indexOf(found[0]);
        this.problems.push(where + " shows " + raw.what + ": \u201c" + text.substring(Math.max(0, at - 60), at + 60)
          .replace(/\s+/g, " ") + "\u201d");
      }
    }
    return text;
  }

  expect(status, url) {
    this.expected.push({ status, url });
  }

  async close() {
    await this.context.close();
  }
}

async function screenshot(session, name) {
  shot++;
  const file = path.join(SCREENS, String(shot).padStart(2, "0") + "-" + name + ".png");
  await session.page.screenshot({ path: file });
  return path.relative(PROJECT, file);
}

async function step(name, session, body) {
  const started = Date.now();
  session.problems = [];
  session.expected = [];
  let outcome;
  try {
    const detail = await body();
    await new Promise((r) => setTimeout(r, 400));
    if (session.problems.length > 0) {
      throw new StepFailure(session.problems.join("; "));
    }
    outcome = { name, user: session.user.name, ok: true, detail: detail || "" };
  } catch (error) {
    outcome = { name, user: session.user.name, ok: false, detail: error.message + (session.problems.length ? " | " + session.problems.join("; ") : "") };
  }
  try {
    outcome.screen = await screenshot(session, name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, ""));
  } catch (e) {
    outcome.screen = "(no screenshot: " + e.message + ")";
  }
  outcome.seconds = ((Date.now() - started) / 1000).toFixed(1);
  results.push(outcome);
  console.log((outcome.ok ? "PASS " : "FAIL ") + name + " [" + outcome.user + ", " + outcome.seconds + " s] " + outcome.detail
    + " -> " + outcome.screen);
  return outcome.ok;
}

// ---------------------------------------------------------------------------------------------
// Mail: the client writing to the case's address over SMTP, and (optionally) the firm's mail server
// ---------------------------------------------------------------------------------------------

const REPO_SMTP = env.LPODESK_REPO_SMTP || (REPO ? new URL(REPO).hostname + ":2525" : "");
const sunk = [];

/** One SMTP conversation: every reply must have the expected code, or the step fails with the server's words. */
async function smtpSend(from, to, message) {
  const [host, port] = REPO_SMTP.split(":");
  const socket = net.connect(Number(port), host);
  socket.setEncoding("latin1");
  let buffer = "";
  const replies = [];
  let waiting = null;
  socket.on("data", (chunk) => {
    buffer += chunk;
    let end;
    while ((end = buffer.indexOf("\r\n")) !== -1) {
      const line = buffer.substring(0, end);
      buffer = buffer.substring(end + 2);
      if (line.length > 3 && line.charAt(3) === "-") {
        continue;
      }
      replies.push(line);
      if (waiting) {
        const w = waiting;
        waiting = null;
        w();
      }
    }
  });
  const reply = () => new Promise((resolve, reject) => {
    const take = () => resolve(replies.shift());
    socket.once("error", reject);
    if (replies.length > 0) {
      take();
    } else {
      waiting = take;
    }
  });
  const expect = async (code, what) => {
    const line = await reply();
    if (!line || !line.startsWith(code)) {
      socket.destroy();
      throw new StepFailure("the repository's SMTP server answered " + what + " with: " + line);
    }
  };
  await expect("220", "the connection");
  for (const [command, code] of [["EHLO walk.example", "250"], ["MAIL FROM:<" + from + ">", "250"], ["RCPT TO:<" + to + ">", "250"], ["DATA", "354"]]) {
    socket.write(command + "\r\n");
    await expect(code, command);
  }
  socket.write(message.replace(/\r?\n/g, "\r\n").replace(/^\./gm, "..") + "\r\n.\r\n");
  await expect("250", "the message");
  socket.end("QUIT\r\n");
}

/** The firm's outbound mail server, standing in: takes every message and keeps it for the step to check. */
function startMailSink(port) {
  const server = net.createServer((socket) => {
    socket.setEncoding("latin1");
    let data = null;
    let buffer = "";
    socket.write("220 walk sink\r\n");
    socket.on("data", (chunk) => {
      buffer += chunk;
      let end;
      while ((end = buffer.indexOf("\r\n")) !== -1) {
        const line = buffer.substring(0, end);
        buffer = buffer.substring(end + 2);
        if (data !== null) {
          if (line === ".") {
            sunk.push(data.join("\n"));
            data = null;
            socket.write("250 kept\r\n");
          } else {
            data.push(line);
          }
        } else if (/^DATA/i.test(line)) {
          data = [];
          socket.write("354 go on\r\n");
        } else if (/^QUIT/i.test(line)) {
          socket.end("221 bye\r\n");
        } else {
          socket.write("250 ok\r\n");
        }
      }
    });
  });
  server.listen(Number(port), "127.0.0.1");
  return server;
}

/** The case page's e-mail section of a case, as the user sees it now. */
async function mailSection(session, c) {
  await session.goto("/page/site/" + FIRM_SITE + "/lpodesk-case?nodeRef=" + encodeURIComponent(c.nodeRef));
  const section = await session.page.waitForSelector(".lpodesk-case-mail", { visible: true });
  return { section, text: await section.evaluate((e) => e.innerText) };
}

// ---------------------------------------------------------------------------------------------
// The repository, through its public REST API, for what a user would have done before (a draft
// to outsource) and to find the task a user opens from a dashlet or a notification mail
// ---------------------------------------------------------------------------------------------

async function rest(user, method, relative, body, contentType) {
  const headers = { Authorization: "Basic " + Buffer.from(user.name + ":" + password(user)).toString("base64") };
  if (body !== undefined) {
    headers["Content-Type"] = contentType || "application/json";
  }
  const response = await fetch(REPO + relative, {
    method, headers, body: body === undefined ? undefined : (contentType ? body : JSON.stringify(body)),
  });
  const text = await response.text();
  if (!response.ok) {
    throw new StepFailure(method + " " + relative + " as " + user.name + ": HTTP " + response.status + " " + text.substring(0, 300));
  }
  return text ? JSON.parse(text) : null;
}
const V1 = "/api/-default-/public/alfresco/versions/1";
const WF = "/api/-default-/public/workflow/versions/1";

async function caseFolder(beneficiary) {
  // the site's case list: its rows carry the responsible attorney (the picker's do not)
  const cases = await rest(USERS.paralegal, "GET", "/s/lpodesk/cases?site=" + FIRM_SITE + "&status=ALL&max=500");
  const found = cases.cases.find((c) => c.beneficiary === beneficiary);
  if (!found) {
    throw new StepFailure("no open case of " + beneficiary + " among " + cases.cases.map((c) => c.beneficiary).join(", "));
  }
  return found;
}

/** The Case section of an outsourcing task: the case by number and its type by label, never by code. */
let caseFactsExpected = null;
function caseFactsShown(text, where) {
  for (const expected of [caseFactsExpected.caseNumber, caseFactsExpected.caseTypeLabel, caseFactsExpected.beneficiary]) {
    if (text.indexOf(expected) === -1) {
      throw new StepFailure(where + " does not show the case's '" + expected + "'");
    }
  }
}

async function childFolder(parentId, name) {
  const children = await rest(USERS.paralegal, "GET", V1 + "/nodes/" + parentId + "/children?where=(isFolder=true)&maxItems=100");
  const folder = children.list.entries.map((e) => e.entry).find((e) => e.name === name);
  if (!folder) {
    throw new StepFailure("no folder '" + name + "' in " + parentId);
  }
  return folder.id;
}

async function uploadText(folderId, name, nodeType, text, properties) {
  const created = await rest(USERS.paralegal, "POST", V1 + "/nodes/" + folderId + "/children",
    { name, nodeType, properties: properties || {} });
  await rest(USERS.paralegal, "PUT", V1 + "/nodes/" + created.entry.id + "/content", text, "text/plain");
  return created.entry.id;
}

/** The open task of a process a user can see, by its form key (immwf:intakeTask, ...). */
async function taskOf(user, processId, formKey) {
  for (let attempt = 0; attempt < 40; attempt++) {
    // a candidate sees a pooled task in its own task list, not through the process
    const tasks = await rest(user, "GET", WF + "/tasks?maxItems=50&where=" + encodeURIComponent("(processId='" + processId + "')"));
    const task = tasks.list.entries.map((e) => e.entry).find((t) => t.formResourceKey === formKey);
    if (task) {
      return task.id;
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new StepFailure("no " + formKey + " task of process " + processId + " for " + user.name);
}

// ---------------------------------------------------------------------------------------------
// Share's widgets
// ---------------------------------------------------------------------------------------------

/** Opens a document-library action of a row by its label, after hovering the row as a user does. */
async function rowAction(session, fileName, label) {
  const row = await session.page.waitForSelector("xpath/.//tr[.//h3[contains(@class,'filename')]//a[normalize-space(.)='" + fileName + "']]");
  await row.hover();
  const direct = await row.$("xpath/.//a[@title='" + label + "' or normalize-space(.)='" + label + "']");
  if (direct && await direct.isVisible()) {
    await direct.click();
    return;
  }
  const more = await row.$("xpath/.//a[contains(@class,'show-more')]");
  if (!more) {
    throw new StepFailure("no action '" + label + "' on " + fileName);
  }
  await more.click();
  const action = await row.waitForSelector("xpath/.//a[@title='" + label + "' or normalize-space(.)='" + label + "']", { visible: true });
  await action.click();
}

/** The YUI panel that opened last, with its title. */
async function dialog(session, title) {
  await session.page.waitForFunction((t) => [...document.querySelectorAll(".yui-panel .hd")]
    .some((h) => h.offsetParent !== null && h.textContent.indexOf(t) !== -1), { timeout: 20000 }, title)
    .catch(() => { throw new StepFailure("the dialog '" + title + "' did not open"); });
}

/** Waits until the open dialog lists a text (a document in its picker, a case in its select). */
async function dialogShows(session, title, text) {
  await session.page.waitForFunction((t, x) => [...document.querySelectorAll(".yui-panel")]
    .some((p) => p.offsetParent !== null && p.innerText.indexOf(t) !== -1 && p.innerText.indexOf(x) !== -1), { timeout: 20000 },
    title, text).catch(() => { throw new StepFailure("the dialog '" + title + "' does not show " + text); });
}

/** The prompt Share shows after a refusal: its text. */
async function prompt(session, title) {
  const handle = await session.page.waitForFunction((t) => {
    const panel = [...document.querySelectorAll(".yui-panel")].find((p) => p.offsetParent !== null
      && p.querySelector(".hd") && p.querySelector(".hd").textContent.indexOf(t) !== -1);
    return panel ? panel.querySelector(".bd").innerText : null;
  }, { timeout: 30000 }, title).catch(() => { throw new StepFailure("no prompt '" + title + "'"); });
  return handle.jsonValue();
}

/** Fills the outsource dialog's instructions and vendor due date (MM/DD/YYYY, a week from now). */
async function fillRequest(session, instructions) {
  await session.page.type("textarea[name=prop_immwf_instructions]", instructions);
  const due = new Date(Date.now() + 7 * 86400000);
  const text = String(due.getMonth() + 1).padStart(2, "0") + "/" + String(due.getDate()).padStart(2, "0") + "/" + due.getFullYear();
  const entry = await session.page.$("input[id$=workflowDueDate-cntrl-date]");
  const current = await entry.evaluate((e) => e.value);
  if (!current) {
    await entry.type(text);
    await entry.evaluate((e) => e.dispatchEvent(new Event("change", { bubbles: true })));
  }
}

async function selectByLabel(session, selector, label) {
  await session.page.waitForFunction((s, l) => {
    const select = document.querySelector(s);
    return select && [...select.options].some((o) => o.text.indexOf(l) !== -1);
  }, {}, selector, label).catch(() => { throw new StepFailure("no option '" + label + "' in " + selector); });
  await session.page.evaluate((s, l) => {
    const select = document.querySelector(s);
    const option = [...select.options].find((o) => o.text.indexOf(l) !== -1);
    select.value = option.value;
    select.dispatchEvent(new Event("change", { bubbles: true }));
  }, selector, label);
}

/** The folder a document-library URL shows (Share turns ?path=/a into #filter=path|/a), or null. */
function libraryPath(url) {
  const match = /\/documentlibrary(?:\?path=([^#&]*)|#filter=path(?:\||%7C)([^&]*))/.exec(url);
  return match ? decodeURIComponent(match[1] || match[2]) : null;
}

async function clickButton(session, label) {
  const button = await session.page.waitForSelector("xpath/.//button[normalize-space(.)='" + label + "'] | .//input[(@type='button' or @type='submit') and @value='" + label + "']", { visible: true });
  await button.click();
}

/** Share's authority picker of an association field: search, add the first match, OK. */
async function pickAuthority(session, fieldName, search) {
  // Share names the hidden input <field>-cntrl-added (association.ftl) or <field>_added (older controls)
  const controlId = await session.page.$eval("input[name='" + fieldName + "_added']",
    (i) => (/-cntrl-added$/.test(i.id) ? i.id.replace(/-added$/, "") : i.id.replace(/_added$/, "") + "-cntrl"));
  // the control's "Select" button, rendered in its item group actions
  await session.page.click(byId(controlId + "-itemGroupActions") + " button");
  const picker = controlId + "-picker";
  await session.page.waitForSelector(byId(picker + "-searchText"), { visible: true });
  await session.page.type(byId(picker + "-searchText"), search);
  await session.page.click(byId(picker + "-searchButton-button"));
  const add = await session.page.waitForSelector(byId(picker + "-results") + " .yui-dt-data tr:first-child a", { visible: true });
  await add.click();
  await session.page.waitForFunction((id) => document.getElementById(id).innerText.trim().length > 0, {},
    picker + "-selectedItems");
  await session.page.click(byId(controlId + "-ok-button"));
}

/** An element id as a CSS selector (Share's ids carry '.', '$' and '~'). */
function byId(id) {
  return "#" + id.replace(/([^a-zA-Z0-9_-])/g, "\\$1");
}

async function taskPage(session, taskId) {
  await session.goto("/page/task-edit?taskId=" + encodeURIComponent("activiti$" + taskId));
  const claim = await session.page.$("xpath/.//button[normalize-space(.)='Claim']");
  if (claim && await claim.isVisible()) {
    await Promise.all([session.page.waitForNavigation({ waitUntil: "networkidle2" }), claim.click()]);
  }
  await session.page.waitForSelector("[id$=-form-fields]");
}

async function submitTask(session, outcomeLabel) {
  await Promise.all([
    session.page.waitForNavigation({ waitUntil: "networkidle2", timeout: 60000 }),
    clickButton(session, outcomeLabel),
  ]);
}

// ---------------------------------------------------------------------------------------------
// The walk
// ---------------------------------------------------------------------------------------------

async function main() {
  fs.mkdirSync(SCREENS, { recursive: true });
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
      "--disable-component-update", "--disable-sync", "--lang=en-US"],
  });
  const sessions = {};
  try {
    for (const [key, user] of Object.entries(USERS)) {
      sessions[key] = await new Session(browser, user).open();
    }
    const { paralegal, attorney, manager, associate, reviewer, firmAdmin } = sessions;

    // What the paralegal has before outsourcing: a petition draft of the consenting client, a passport of the other
    const eb1 = await caseFolder("Dr. Adaeze Okonkwo");
    caseFactsExpected = eb1;
    const perm = await caseFolder("Lucia Garcia");
    const eb1Drafts = await childFolder(eb1.nodeRef.split("/").pop(), "Drafts");
    const petition = "petition-" + RUN + ".txt";
    await uploadText(eb1Drafts, petition, "imm:petitionDraft",
      "Petition for Dr. Adaeze Okonkwo (EB-1A). Criteria: awards, publications, judging. Draft " + RUN + ".");
    const permClientDocs = await childFolder(perm.nodeRef.split("/").pop(), "Client documents");
    const passport = "passport-" + RUN + ".txt";
    await uploadText(permClientDocs, passport, "imm:identityDocument", "Passport scan of Lucia Garcia " + RUN,
      { "imm:confidentialityLevel": "RESTRICTED_PII" });
    const plain = "notes-" + RUN + ".txt";
    await uploadText(eb1Drafts, plain, "cm:content", "Plain notes " + RUN);
    const inHouse = "cover-letter-" + RUN + ".txt";
    await uploadText(eb1Drafts, inHouse, "imm:coverLetter", "Cover letter drafted in house " + RUN);

    await step("Paralegal logs in", paralegal, async () => { await paralegal.login(); });
    await step("Firm site dashboard renders", paralegal, async () => {
      await paralegal.goto("/page/site/" + FIRM_SITE + "/dashboard");
      const text = await paralegal.checkText("the firm site dashboard");
      if (/Could not resolve view|error has occurred/i.test(text)) {
        throw new StepFailure("the firm site dashboard is an error page");
      }
      for (const expected of ["Document Library"]) {
        if (text.indexOf(expected) === -1) {
          throw new StepFailure("no '" + expected + "' on the firm site dashboard");
        }
      }
      return "dashlets and site navigation shown";
    });

    await step("Outsource dialog refuses a passport without consent, readably", paralegal, async () => {
      await paralegal.goto("/page/site/" + FIRM_SITE + "/document-details?nodeRef=" + encodeURIComponent("workspace://SpacesStore/" + await nodeIdByPath(permClientDocs, passport)));
      const action = await paralegal.page.waitForSelector("xpath/.//a[normalize-space(.)='Outsource\u2026' or @title='Outsource\u2026']", { visible: true });
      await action.click();
      await dialog(paralegal, "Outsource to an LPO vendor");
      // the passport about to travel is listed, the case is shown by its number
      await dialogShows(paralegal, "Outsource to an LPO vendor", passport);
      await dialogShows(paralegal, "Outsource to an LPO vendor", perm.caseNumber);
      await selectByLabel(paralegal, "select[name=prop_immwf_taskKind]", "EB-1 petition");
      await selectByLabel(paralegal, "select[id$=vendorId-lpodesk-select]", "Demo Legal Process Outsourcing");
      await fillRequest(paralegal, "Collect the passport copy (run " + RUN + ")");
      await paralegal.checkText("the outsource dialog");
      paralegal.expect(409, /lpodesk\/outsourcing$/);
      paralegal.expect(422, /lpodesk\/outsourcing$/);
      await clickButton(paralegal, "Send to vendor");
      const text = await prompt(paralegal, "The outsourcing request was refused");
      await paralegal.checkText("the refusal");
      if (!/consent/i.test(text)) {
        throw new StepFailure("the refusal does not name the missing consent: " + text);
      }
      return "refusal: " + text.replace(/\s+/g, " ").substring(0, 240);
    });

    await step("Change type and Manage aspects show labels, not model names", paralegal, async () => {
      await paralegal.goto("/page/site/" + FIRM_SITE + "/document-details?nodeRef=" + encodeURIComponent("workspace://SpacesStore/" + await nodeIdByPath(eb1Drafts, plain)));
      const changeType = await paralegal.page.waitForSelector("xpath/.//a[normalize-space(.)='Change Type' or @title='Change Type']", { visible: true });
      await changeType.click();
      const typesOffered = () => {
        const panel = [...document.querySelectorAll(".yui-panel")].find((p) => p.offsetParent !== null
          && p.querySelector(".hd") && p.querySelector(".hd").textContent.indexOf("Change Type") !== -1);
        const select = panel ? panel.querySelector("select") : null;
        return select && select.options.length > 1 ? [...select.options].map((o) => o.text.trim()) : null;
      };
      const handle = await paralegal.page.waitForFunction(typesOffered, { timeout: 20000 })
        .catch(() => { throw new StepFailure("the Change Type dialog offers no type"); });
      const types = await handle.jsonValue();
      if (!types.includes("Petition Draft") || types.some((t) => /imm:/.test(t))) {
        throw new StepFailure("Change Type offers " + types.join(", "));
      }
      await paralegal.checkText("the Change Type dialog");
      await screenshot(paralegal, "change-type-labels");
      await paralegal.page.keyboard.press("Escape");
      await paralegal.goto("/page/site/" + FIRM_SITE + "/document-details?nodeRef=" + encodeURIComponent("workspace://SpacesStore/" + await nodeIdByPath(eb1Drafts, plain)));
      const aspects = await paralegal.page.waitForSelector("xpath/.//a[normalize-space(.)='Manage Aspects' or @title='Manage Aspects']", { visible: true });
      await aspects.click();
      await paralegal.page.waitForFunction(() => document.body.innerText.indexOf("Consent to Outsourcing") !== -1, { timeout: 20000 })
        .catch(() => { throw new StepFailure("Manage Aspects does not offer 'Consent to Outsourcing'"); });
      // Share's Manage Aspects writes every aspect as "Label (prefix:name)" (aspects.js), its own design:
      // the label must be there, "undefined" never
      const aspectText = await paralegal.page.evaluate(() => document.body.innerText);
      if (/undefined/.test(aspectText) || aspectText.indexOf("Consent to Outsourcing (imm:outsourcingConsent)") === -1) {
        throw new StepFailure("Manage Aspects does not label the imm aspects");
      }
      await screenshot(paralegal, "manage-aspects-labels");
      return "Change Type: " + types.filter((t) => t).slice(0, 4).join(", ") + "…; Manage Aspects: Consent to Outsourcing";
    });

    await step("Create menu offers a client at the library root and a case only inside a client", paralegal, async () => {
      const createEntries = async () => {
        const create = await paralegal.page.waitForSelector("xpath/.//button[contains(normalize-space(.),'Create')]", { visible: true });
        await create.click();
        await new Promise((r) => setTimeout(r, 600));
        const entries = await paralegal.page.evaluate(() => [...document.querySelectorAll(".yuimenuitem")]
          .filter((i) => i.offsetParent !== null && !i.classList.contains("hidden")).map((i) => i.innerText.trim()));
        await paralegal.page.keyboard.press("Escape");
        return entries;
      };
      await paralegal.goto("/page/site/" + FIRM_SITE + "/documentlibrary");
      await new Promise((r) => setTimeout(r, 1500));
      const root = await createEntries();
      await paralegal.goto("/page/site/" + FIRM_SITE + "/documentlibrary?path=" + encodeURIComponent("/Dr. Adaeze Okonkwo"));
      await new Promise((r) => setTimeout(r, 1500));
      const inClient = await createEntries();
      const problems = [];
      if (!root.some((e) => /Immigration client/i.test(e))) problems.push("no client at the root");
      if (root.some((e) => /Immigration case/i.test(e))) problems.push("a case at the root");
      if (!inClient.some((e) => /Immigration case/i.test(e))) problems.push("no case inside a client");
      if (inClient.some((e) => /Immigration client/i.test(e))) problems.push("a client inside a client");
      if (problems.length) {
        throw new StepFailure(problems.join("; ") + " (root: " + root.join(", ") + "; client: " + inClient.join(", ") + ")");
      }
      await screenshot(paralegal, "create-menu-inside-a-client");
      return "root: client; inside a client: case";
    });

    await step("Paralegal creates a client at the library root and lands on its folder", paralegal, async () => {
      await paralegal.goto("/page/site/" + FIRM_SITE + "/documentlibrary");
      await new Promise((r) => setTimeout(r, 1500));
      const create = await paralegal.page.waitForSelector("xpath/.//button[contains(normalize-space(.),'Create')]", { visible: true });
      await create.click();
      const entry = await paralegal.page.waitForSelector("xpath/.//li[contains(@class,'yuimenuitem')]//a[contains(normalize-space(.),'Immigration client')]", { visible: true });
      await Promise.all([paralegal.page.waitForNavigation({ waitUntil: "networkidle2" }), entry.click()]);
      const client = "Walk Client " + RUN;
      await paralegal.page.waitForSelector("input[name=prop_cm_name]", { visible: true });
      await paralegal.page.type("input[name=prop_cm_name]", client);
      await paralegal.page.type("input[name=prop_imm_clientName]", client);
      await paralegal.checkText("the client's create form");
      await Promise.all([paralegal.page.waitForNavigation({ waitUntil: "networkidle2", timeout: 30000 })
        .catch(() => { throw new StepFailure("Share stayed on the create form after creating the client"); }),
        clickButton(paralegal, "Create")]);
      const url = paralegal.page.url();
      if (/document-details/.test(url)) {
        throw new StepFailure("the new client opens as a document: " + url.replace(SHARE, ""));
      }
      if (libraryPath(url) !== "/" + client) {
        throw new StepFailure("after creating the client the user is on " + url.replace(SHARE, ""));
      }
      // the library shows the (empty) client folder, whose Create menu now offers a case
      await paralegal.page.waitForFunction((name) => [...document.querySelectorAll(".crumb, .folder-link, .breadcrumb a, span")]
        .some((e) => e.textContent.trim() === name), { timeout: 15000 }, client)
        .catch(() => { throw new StepFailure("the library does not show the folder " + client); });
      await paralegal.checkText("the new client's folder");
      await screenshot(paralegal, "created-client-folder");
      return "landed on " + decodeURIComponent(url.replace(SHARE, ""));
    });

    await step("Paralegal creates a case inside the new client and lands on its sub-folders", paralegal, async () => {
      const client = "Walk Client " + RUN;
      const again = await paralegal.page.waitForSelector("xpath/.//button[contains(normalize-space(.),'Create')]", { visible: true });
      await again.click();
      const entry = await paralegal.page.waitForSelector("xpath/.//li[contains(@class,'yuimenuitem')]//a[contains(normalize-space(.),'Immigration case')]", { visible: true, timeout: 10000 })
        .catch(() => { throw new StepFailure("the new client's Create menu offers no Immigration case"); });
      await Promise.all([paralegal.page.waitForNavigation({ waitUntil: "networkidle2" }), entry.click()]);
      const kase = "Walk Case " + RUN;
      await paralegal.page.waitForSelector("input[name=prop_cm_name]", { visible: true });
      await paralegal.page.type("input[name=prop_cm_name]", kase);
      await selectByLabel(paralegal, "select[name=prop_imm_caseType]", "EB-1A");
      await paralegal.page.type("input[name=prop_imm_beneficiaryName]", "Walk Beneficiary " + RUN);
      await paralegal.checkText("the case's create form");
      await Promise.all([paralegal.page.waitForNavigation({ waitUntil: "networkidle2", timeout: 30000 })
        .catch(() => { throw new StepFailure("Share stayed on the create form after creating the case"); }),
        clickButton(paralegal, "Create")]);
      const url = paralegal.page.url();
      const where = decodeURIComponent(url.replace(SHARE, ""));
      if (libraryPath(url) !== "/" + client + "/" + kase) {
        throw new StepFailure("after creating the case the user is on " + where);
      }
      // the repository made the case's sub-folders; the library lists them
      await paralegal.page.waitForFunction(() => ["Evidence", "Forms", "USCIS notices"]
        .every((f) => [...document.querySelectorAll("h3.filename a, .filename a")].some((a) => a.textContent.trim() === f)), { timeout: 15000 })
        .catch(() => { throw new StepFailure("the new case's folder does not list Evidence, Forms and USCIS notices"); });
      await paralegal.checkText("the new case's folder");
      return "landed on " + where;
    });

    let processId = null;
    await step("Paralegal outsources a petition draft", paralegal, async () => {
      await paralegal.goto("/page/site/" + FIRM_SITE + "/document-details?nodeRef=" + encodeURIComponent("workspace://SpacesStore/" + await nodeIdByPath(eb1Drafts, petition)));
      if ((await paralegal.page.$$("a.quickshare-action")).length > 0) {
        throw new StepFailure("a client document's page offers a public link (Share)");
      }
      const link = await paralegal.page.waitForSelector("xpath/.//a[normalize-space(.)='Outsource\u2026' or @title='Outsource\u2026']", { visible: true });
      await link.click();
      await dialog(paralegal, "Outsource to an LPO vendor");
      // the starting document is listed, the case is filled in and shown by its number
      await dialogShows(paralegal, "Outsource to an LPO vendor", petition);
      await paralegal.page.waitForFunction((number) => [...document.querySelectorAll("select[id$=caseId-lpodesk-select] option")]
        .some((o) => o.selected && o.text.indexOf(number) !== -1), {}, eb1.caseNumber);
      await selectByLabel(paralegal, "select[name=prop_immwf_taskKind]", "EB-1 petition");
      await selectByLabel(paralegal, "select[id$=vendorId-lpodesk-select]", "Demo Legal Process Outsourcing");
      // the due-date helper offers the latest date that leaves the firm its review buffer
      await dialogShows(paralegal, "Outsource to an LPO vendor", "Latest vendor due date");
      // ...and fills the empty due date with it, month first for US English
      const due = await paralegal.page.$eval("input[id$=workflowDueDate-cntrl-date]", (e) => e.value);
      if (!/^\d{1,2}\/\d{1,2}\/\d{4}$/.test(due)) {
        throw new StepFailure("the suggested vendor due date reads '" + due + "', not M/D/YYYY");
      }
      // a real brief, longer than Alfresco's 250-character workflow description
      await fillRequest(paralegal, "Draft the EB-1A petition letter (run " + RUN + "). "
        + "Cover the awards, the publications and the judging of others' work, ".repeat(5));
      await paralegal.checkText("the outsource dialog");
      await screenshot(paralegal, "outsource-dialog-filled-in");
      const started = paralegal.page.waitForResponse((r) => /lpodesk\/outsourcing$/.test(r.url()) && r.request().method() === "POST");
      await clickButton(paralegal, "Send to vendor");
      const response = await started;
      if (response.status() !== 201) {
        throw new StepFailure("the request was answered " + response.status() + ": " + (await response.text()).substring(0, 300));
      }
      const json = await response.json();
      processId = String(json.workflowInstanceId).replace(/^activiti\$/, "");
      await paralegal.page.waitForFunction(() => document.body.innerText.indexOf("Outsourcing request started") !== -1);
      return "process " + processId;
    });

    await step("Vendor site Create menu offers no client or case", manager, async () => {
      await manager.login();
      await manager.goto("/page/site/" + VENDOR_SITE + "/documentlibrary");
      const create = await manager.page.waitForSelector("xpath/.//button[contains(normalize-space(.),'Create')]", { visible: true });
      await create.click();
      await new Promise((r) => setTimeout(r, 500));
      const menu = await manager.page.evaluate(() => [...document.querySelectorAll(".yuimenuitem")]
        .filter((i) => i.offsetParent !== null).map((i) => i.innerText.trim()));
      if (menu.some((m) => /Immigration (client|case)/i.test(m))) {
        throw new StepFailure("the vendor site offers " + menu.join(", "));
      }
      return "menu: " + menu.join(", ");
    });

    await step("Vendor site dashboard renders with its assignments", manager, async () => {
      await manager.goto("/page/site/" + VENDOR_SITE + "/dashboard");
      const text = await manager.checkText("the vendor site dashboard");
      if (/Could not resolve view|error has occurred/i.test(text) || text.indexOf("Assignments") === -1) {
        throw new StepFailure("no vendor site dashboard with its assignments");
      }
      if (processId && text.indexOf(RUN) === -1) {
        throw new StepFailure("the new request is not among the vendor's assignments");
      }
      return "Assignments dashlet lists the request";
    });

    await step("LPO manager accepts and names the associate", manager, async () => {
      const task = await taskOf(USERS.manager, processId, "immwf:intakeTask");
      await taskPage(manager, task);
      const intakeText = await manager.checkText("the intake form");
      if (intakeText.indexOf(petition) === -1) {
        throw new StepFailure("the intake form does not say which document will travel (" + petition + ")");
      }
      caseFactsShown(intakeText, "the intake form");
      await pickAuthority(manager, "assoc_immwf_draftingAssociate", "Iyer");
      await screenshot(manager, "intake-form-associate-chosen");
      await submitTask(manager, outcomeLabel("intakeOutcomes", "Accept"));
      return "intake task " + task;
    });

    await step("Associate drafts in the inline editor in the assignment folder", associate, async () => {
      await associate.login();
      const task = await taskOf(USERS.associate, processId, "immwf:draftingTask");
      await taskPage(associate, task);
      const text = await associate.checkText("the drafting form");
      if (text.indexOf(petition) === -1) {
        throw new StepFailure("the drafting task does not list the shared copy " + petition);
      }
      caseFactsShown(text, "the drafting form");
      await screenshot(associate, "drafting-task-form");
      const folderLink = await associate.page.waitForSelector("xpath/.//a[normalize-space(.)='Open the assignment folder']");
      await Promise.all([associate.page.waitForNavigation({ waitUntil: "networkidle2" }), folderLink.click()]);
      await associate.page.waitForSelector("xpath/.//h3[contains(@class,'filename')]//a[normalize-space(.)='" + petition + "']");
      if ((await associate.page.$$("a.quickshare-action")).length > 0) {
        throw new StepFailure("the vendor site's document list offers a public link (Share)");
      }
      await rowAction(associate, petition, "Edit in Alfresco Share");
      await associate.page.waitForSelector("textarea[name=prop_cm_content]", { visible: true });
      await associate.page.$eval("textarea[name=prop_cm_content]", (t) => { t.value = ""; });
      await associate.page.type("textarea[name=prop_cm_content]", "Petition letter for Dr. Adaeze Okonkwo, drafted by the vendor (" + RUN + ").");
      await screenshot(associate, "inline-editor-in-the-assignment-folder");
      await Promise.all([associate.page.waitForNavigation({ waitUntil: "networkidle2" }), clickButton(associate, "Save")]);
      await taskPage(associate, task);
      await associate.page.$eval("input[name=prop_immwf_hoursLogged]", (i) => { i.value = ""; });
      await associate.page.type("input[name=prop_immwf_hoursLogged]", "3.5");
      // the generative-AI question is answered by a choice, never by default; left unanswered, the
      // repository refuses the task and the page says why (not "An unknown error occurred")
      if ((await associate.page.$$("input[name=prop_immwf_draftAiUsed]:checked")).length > 0) {
        throw new StepFailure("the drafting form answers the generative-AI question before the associate does");
      }
      associate.expect(422, /formprocessor/);
      await clickButton(associate, "Task Done");
      const refusal = await prompt(associate, "The task cannot be done yet");
      if (refusal.indexOf("State whether generative AI was used") === -1) {
        throw new StepFailure("the unanswered generative-AI question was refused with: " + refusal);
      }
      await screenshot(associate, "drafting-ai-question-refused");
      await clickButton(associate, "OK");
      await associate.page.click("input[name=prop_immwf_draftAiUsed][value=false]");
      await submitTask(associate, "Task Done");
      return "drafting task " + task;
    });

    await step("A document out with the vendor is not offered for outsourcing again", paralegal, async () => {
      await paralegal.goto("/page/site/" + FIRM_SITE + "/document-details?nodeRef=" + encodeURIComponent("workspace://SpacesStore/" + await nodeIdByPath(eb1Drafts, petition)));
      await paralegal.page.waitForSelector("xpath/.//a[normalize-space(.)='Request attorney review' or @title='Request attorney review']", { visible: true });
      const offered = await paralegal.page.$$eval("a", (as) => as.filter((a) => a.offsetParent !== null
        && (a.title === "Outsource\u2026" || a.textContent.trim() === "Outsource\u2026")).length);
      if (offered > 0) {
        throw new StepFailure("'Outsource…' is offered on a document the vendor is working on");
      }
      await paralegal.checkText("the shared document's page");
      return "no Outsource… while the vendor has the document";
    });

    await step("LPO reviewer sends the work to the firm", reviewer, async () => {
      await reviewer.login();
      const task = await taskOf(USERS.reviewer, processId, "immwf:lpoReviewTask");
      await taskPage(reviewer, task);
      caseFactsShown(await reviewer.checkText("the LPO review form"), "the LPO review form");
      await screenshot(reviewer, "lpo-review-task-form");
      await submitTask(reviewer, outcomeLabel("lpoReviewOutcomes", "Approve"));
      return "LPO review task " + task;
    });

    await step("Attorney approves from a task form that shows the vendor's draft", attorney, async () => {
      await attorney.login();
      const task = await taskOf(USERS.attorney, processId, "immwf:firmReviewTask");
      await taskPage(attorney, task);
      const text = await attorney.checkText("the firm review form");
      if (text.indexOf(petition) === -1) {
        throw new StepFailure("the firm review does not list the vendor's draft " + petition);
      }
      caseFactsShown(text, "the firm review form");
      for (const expected of ["Revision round", "Hours logged"]) {
        if (text.indexOf(expected) === -1) {
          throw new StepFailure("the firm review form does not show '" + expected + "'");
        }
      }
      // due when the filing must leave the firm: the case deadline less the filing time
      const current = await caseFolder("Dr. Adaeze Okonkwo");
      if (current.caseDeadline && /Due:?\s*\(None\)/.test(text)) {
        throw new StepFailure("the firm review has no due date although the case is due " + current.caseDeadline);
      }
      await screenshot(attorney, "firm-review-form-with-the-vendors-draft");
      await submitTask(attorney, outcomeLabel("firmReviewOutcomes", "Approve"));
      return "firm review task " + task;
    });

    await step("LPO manager declines a request without naming an associate", manager, async () => {
      const started = await rest(USERS.paralegal, "POST", "/s/lpodesk/outsourcing", {
        caseId: eb1.nodeRef, vendorId: "demo-lpo", taskKind: "LEGAL_RESEARCH", documents: [],
        description: "Research the EB-1A criteria case law (run " + RUN + ")" });
      const declined = String(started.workflowInstanceId).replace(/^activiti\$/, "");
      const task = await taskOf(USERS.manager, declined, "immwf:intakeTask");
      await taskPage(manager, task);
      await manager.page.type("textarea[name=prop_immwf_declineReason]", "No researcher free this week");
      await manager.checkText("the intake form");
      await submitTask(manager, outcomeLabel("intakeOutcomes", "Decline"));
      return "declined process " + declined;
    });

    await step("Paralegal requests attorney review of an in-house draft", paralegal, async () => {
      await paralegal.goto("/page/site/" + FIRM_SITE + "/document-details?nodeRef=" + encodeURIComponent("workspace://SpacesStore/" + await nodeIdByPath(eb1Drafts, inHouse)));
      const link = await paralegal.page.waitForSelector("xpath/.//a[normalize-space(.)='Request attorney review' or @title='Request attorney review']", { visible: true });
      await link.click();
      await dialog(paralegal, "Request attorney review");
      await dialogShows(paralegal, "Request attorney review", inHouse);
      await paralegal.checkText("the review dialog");
      await screenshot(paralegal, "request-attorney-review-dialog");
      await clickButton(paralegal, "Send for review");
      await paralegal.page.waitForFunction(() => document.body.innerText.indexOf("Attorney review requested") !== -1
        || document.body.innerText.indexOf("review request") !== -1, { timeout: 30000 });
      return "attorney review requested";
    });

    // ----- The case as a page (issue 16) -----
    const caseListUrl = "/page/site/" + FIRM_SITE + "/lpodesk-cases";
    const listedCases = async () => paralegal.page.$$eval("table.lpodesk-table tbody tr", (rows) => rows.map((r) => ({
      number: r.querySelector("a.lpodesk-case-link") ? r.querySelector("a.lpodesk-case-link").textContent.trim() : "",
      cells: [...r.querySelectorAll("td")].map((c) => c.innerText.trim()),
    })));

    await step("Paralegal opens the case list from the site navigation", paralegal, async () => {
      await paralegal.goto("/page/site/" + FIRM_SITE + "/dashboard");
      const nav = await paralegal.page.waitForSelector("xpath/.//a[normalize-space(.)='Cases']", { visible: true, timeout: 15000 })
        .catch(() => { throw new StepFailure("the firm site's navigation has no 'Cases'"); });
      await Promise.all([paralegal.page.waitForNavigation({ waitUntil: "networkidle2" }), nav.click()]);
      await paralegal.page.waitForSelector("table.lpodesk-table", { visible: true, timeout: 15000 })
        .catch(() => { throw new StepFailure("the case list shows no table"); });
      const rows = await listedCases();
      for (const c of [eb1, perm]) {
        if (!rows.some((r) => r.number === c.caseNumber)) {
          throw new StepFailure("the case list does not list " + c.caseNumber + ": " + rows.map((r) => r.number).join(", "));
        }
      }
      await paralegal.checkText("the case list");
      return rows.length + " open cases: " + rows.map((r) => r.number).join(", ");
    });

    await step("Case list filtered by case type, then by open outsourced work", paralegal, async () => {
      await paralegal.goto(caseListUrl);
      await selectByLabel(paralegal, "select[name=type]", "EB-1A");
      await Promise.all([paralegal.page.waitForNavigation({ waitUntil: "networkidle2" }), clickButton(paralegal, "Show")]);
      let rows = await listedCases();
      if (rows.length === 0 || rows.some((r) => r.cells[1].indexOf("EB-1A") === -1)) {
        throw new StepFailure("filtered by EB-1A the list shows " + rows.map((r) => r.cells[1]).join(", "));
      }
      await paralegal.checkText("the case list filtered by type");
      await screenshot(paralegal, "case-list-filtered-by-type");
      // a request that stays open: case research for the EB-1A case (the walk's other requests have ended)
      await rest(USERS.paralegal, "POST", "/s/lpodesk/outsourcing", {
        caseId: eb1.nodeRef, vendorId: "demo-lpo", taskKind: "LEGAL_RESEARCH", documents: [],
        description: "Research recent EB-1A decisions for the case list (run " + RUN + ")" });
      await paralegal.goto(caseListUrl + "?openOutsourcing=true&sort=deadline&dir=asc");
      rows = await listedCases();
      if (!rows.some((r) => r.number === eb1.caseNumber) || rows.some((r) => r.cells[7] === "0")) {
        throw new StepFailure("filtered by open outsourced work the list shows " + rows.map((r) => r.number + " (" + r.cells[7] + ")").join(", "));
      }
      await paralegal.checkText("the case list filtered by open outsourcing");
      await screenshot(paralegal, "case-list-with-open-outsourcing");
      const csv = await paralegal.page.evaluate(async () => {
        const link = document.querySelector("a.lpodesk-csv");
        const response = await fetch(link.href, { credentials: "same-origin" });
        return { status: response.status, type: response.headers.get("content-type"), text: await response.text() };
      });
      if (csv.status !== 200 || !/text\/csv/.test(csv.type || "") || csv.text.indexOf(eb1.caseNumber) === -1) {
        throw new StepFailure("the CSV download answered " + csv.status + " " + csv.type + ": " + csv.text.substring(0, 200));
      }
      return "EB-1A: " + rows.length + " with open outsourcing; CSV " + csv.text.split("\n").filter((l) => l).length + " lines";
    });

    await step("Paralegal opens each demo case's page", paralegal, async () => {
      const opened = [];
      for (const beneficiary of ["Dr. Adaeze Okonkwo", "Wei Chen", "Lucia Garcia"]) {
        const c = await caseFolder(beneficiary);
        await paralegal.goto(caseListUrl + "?status=ALL&sort=number");
        const link = await paralegal.page.waitForSelector("xpath/.//a[contains(@class,'lpodesk-case-link') and normalize-space(.)='" + c.caseNumber + "']", { visible: true })
          .catch(() => { throw new StepFailure("the case list has no link to " + c.caseNumber); });
        await Promise.all([paralegal.page.waitForNavigation({ waitUntil: "networkidle2" }), link.click()]);
        await paralegal.page.waitForSelector(".lpodesk-case-header", { visible: true });
        const text = await paralegal.checkText("the case page of " + c.caseNumber);
        for (const expected of [c.caseNumber, beneficiary, "Deadlines", "Evidence checklist", "USCIS notices", "Outsourced work", "Attorney approvals", "Documents", "Recent activity"]) {
          if (text.indexOf(expected) === -1) {
            throw new StepFailure("the case page of " + c.caseNumber + " does not show '" + expected + "'");
          }
        }
        await screenshot(paralegal, "case-page-" + c.caseType.toLowerCase());
        // the evidence checklist the repository computed for the case type, missing items first
        const checklist = await paralegal.page.$(".lpodesk-case-checklist");
        if (!checklist || !(await checklist.evaluate((e) => /ready for attorney review/i.test(e.innerText)))) {
          throw new StepFailure("the case page of " + c.caseNumber + " shows no evidence checklist state");
        }
        await checklist.screenshot({ path: path.join(SCREENS, "case-checklist-" + c.caseType.toLowerCase() + ".png") });
        opened.push(c.caseNumber);
      }
      return "opened " + opened.join(", ");
    });

    await step("Inside a case folder the library links to the case page", paralegal, async () => {
      const summary = await rest(USERS.paralegal, "GET", "/s/lpodesk/cases/summary?case=" + encodeURIComponent(eb1.nodeRef));
      // where a search result or the folder tree opens the case: its folder in the library
      await paralegal.goto("/page/site/" + FIRM_SITE + "/documentlibrary?path=" + encodeURIComponent(summary.libraryPath));
      const link = await paralegal.page.waitForSelector("#lpodesk-case-banner a", { visible: true, timeout: 20000 })
        .catch(() => { throw new StepFailure("the case folder's library view has no link to the case page"); });
      // the toolbar redraws its breadcrumb as the library loads, and the link with it: read it once the page is quiet
      await link.dispose();
      await new Promise((resolve) => setTimeout(resolve, 1500));
      const label = await paralegal.page.$eval("#lpodesk-case-banner a", (a) => a.textContent.trim());
      if (label !== "Case page of " + eb1.caseNumber) {
        throw new StepFailure("the link reads '" + label + "'");
      }
      await screenshot(paralegal, "library-case-folder-links-its-case-page");
      await Promise.all([paralegal.page.waitForNavigation({ waitUntil: "networkidle2" }),
        paralegal.page.$eval("#lpodesk-case-banner a", (a) => a.click())]);
      await paralegal.page.waitForSelector(".lpodesk-case-header", { visible: true });
      const text = await paralegal.checkText("the case page from the library");
      if (text.indexOf(eb1.caseNumber) === -1) {
        throw new StepFailure("the link opened a page without the case number");
      }
      return label;
    });

    await step("Paralegal adds notices on the case page and sees the case deadline move", paralegal, async () => {
      // the case the walk created (no notice yet), so that every run starts from the same place
      const fresh = await caseFolder("Walk Beneficiary " + RUN);
      await paralegal.goto("/page/site/" + FIRM_SITE + "/lpodesk-case?nodeRef=" + encodeURIComponent(fresh.nodeRef));
      const deadlineText = () => paralegal.page.$eval(".lpodesk-case-deadline .lpodesk-date", (e) => e.textContent.trim())
        .catch(() => "(none)");
      const addNotice = async (kindLabel, shot) => {
        const add = await paralegal.page.waitForSelector("button.lpodesk-add-notice-button", { visible: true });
        await add.click();
        await dialog(paralegal, "Add a USCIS notice");
        await paralegal.page.waitForSelector(".yui-panel input[name=prop_cm_name]", { visible: true });
        await paralegal.page.type(".yui-panel input[name=prop_cm_name]", kindLabel + " " + RUN + ".txt");
        await selectByLabel(paralegal, ".yui-panel select[name=prop_imm_noticeKind]", kindLabel);
        // the firm's today, as the repository counts it (this machine's zone may already be tomorrow there)
        const [y, m, d] = (await rest(USERS.paralegal, "GET", "/s/lpodesk/deadlines?days=1")).today.split("-").map(Number);
        const entry = await paralegal.page.$(".yui-panel input[id$=noticeDate-cntrl-date]");
        await entry.type(m + "/" + d + "/" + y);
        await entry.evaluate((e) => e.dispatchEvent(new Event("change", { bubbles: true })));
        await selectByLabel(paralegal, ".yui-panel select[name=prop_imm_serviceMethod]", "Mail");
        await paralegal.checkText("the add-notice dialog");
        if (shot) {
          await screenshot(paralegal, "case-page-add-notice-dialog");
        }
        await Promise.all([paralegal.page.waitForNavigation({ waitUntil: "networkidle2", timeout: 30000 })
          .catch(() => { throw new StepFailure("the case page did not reload after the " + kindLabel + " was saved"); }),
          clickButton(paralegal, "Save")]);
        await paralegal.page.waitForSelector(".lpodesk-case-header", { visible: true });
        const text = await paralegal.checkText("the case page after the " + kindLabel);
        if (text.indexOf(kindLabel) === -1) {
          throw new StepFailure("the notices of the case do not list the " + kindLabel);
        }
        return deadlineText();
      };
      const none = await deadlineText();
      const afterRfe = await addNotice("Request for Evidence", true);
      const afterNoid = await addNotice("Notice of Intent to Deny", false);
      // an RFE served today by mail: 84 + 3 days; a NOID served today by mail: 30 + 3 days, the earlier one binds
      const parse = (t) => { const [m, d, y] = t.split("/").map(Number); return new Date(y, m - 1, d).getTime(); };
      if (none !== "(none)" || afterRfe === "(none)" || afterNoid === "(none)" || !(parse(afterNoid) < parse(afterRfe))) {
        throw new StepFailure("the case deadline went " + none + " -> " + afterRfe + " -> " + afterNoid);
      }
      await screenshot(paralegal, "case-page-deadline-moved-after-a-noid");
      return "case deadline " + none + " -> " + afterRfe + " (RFE) -> " + afterNoid + " (NOID)";
    });

    await step("Paralegal records an RFE's issues on the case page and sees which have exhibits", paralegal, async () => {
      // the RFE the previous step filed on the walk's own case
      const fresh = await caseFolder("Walk Beneficiary " + RUN);
      const casePage = "/page/site/" + FIRM_SITE + "/lpodesk-case?nodeRef=" + encodeURIComponent(fresh.nodeRef);
      await paralegal.goto(casePage);
      const addIssue = async (requirement, missing, shot) => {
        const add = await paralegal.page.waitForSelector("button.lpodesk-add-issue-button[data-name='Request for Evidence']", { visible: true })
          .catch(() => { throw new StepFailure("the RFE on the case page offers no \"Add issue\""); });
        await add.click();
        await dialog(paralegal, "Add an issue of \"Request for Evidence\"");
        await paralegal.page.waitForSelector(".yui-panel textarea[name=prop_imm_issueRequirement]", { visible: true });
        await paralegal.page.type(".yui-panel textarea[name=prop_imm_issueRequirement]", requirement);
        await paralegal.page.type(".yui-panel textarea[name=prop_imm_issueMissingEvidence]", missing);
        await paralegal.checkText("the add-issue dialog");
        if (shot) {
          await screenshot(paralegal, "case-page-add-rfe-issue-dialog");
        }
        await Promise.all([paralegal.page.waitForNavigation({ waitUntil: "networkidle2", timeout: 30000 })
          .catch(() => { throw new StepFailure("the case page did not reload after the issue was saved"); }),
          clickButton(paralegal, "Save")]);
        await paralegal.page.waitForSelector(".lpodesk-case-header", { visible: true });
        return paralegal.checkText("the case page after an issue");
      };
      const first = await addIssue("Published material about the beneficiary in major media", "Circulation figures of the publications", true);
      if (first.indexOf("Issue 1: Published material about the beneficiary in major media") === -1
          || first.indexOf("1 of 1 issue(s) without an exhibit") === -1) {
        throw new StepFailure("the case page does not list issue 1 as open");
      }
      const second = await addIssue("Original contributions of major significance", "Letters from independent experts", false);
      if (second.indexOf("Issue 2: Original contributions of major significance") === -1) {
        throw new StepFailure("the repository did not number the second issue 2");
      }
      // an exhibit of the case answers issue 1 (linked as an integrator would; the edit form shows it)
      const evidence = await childFolder(fresh.nodeRef.replace("workspace://SpacesStore/", ""), "Evidence");
      const exhibit = await uploadText(evidence, "Exhibit 1 circulation " + RUN + ".txt", "imm:evidence", "Audited circulation");
      const issueOne = await paralegal.page.$eval("button.lpodesk-edit-issue-button[data-number='1']", (b) => b.getAttribute("data-issue"));
      await rest(USERS.paralegal, "POST", V1 + "/nodes/" + issueOne.replace("workspace://SpacesStore/", "") + "/targets",
        { targetId: exhibit, assocType: "imm:issueExhibits" });
      await paralegal.goto(casePage);
      const answered = await paralegal.checkText("the case page after the exhibit");
      if (answered.indexOf("Answered by: Exhibit 1 circulation " + RUN + ".txt") === -1
          || answered.indexOf("1 of 2 issue(s) without an exhibit") === -1) {
        throw new StepFailure("the case page does not show issue 1 answered and issue 2 open");
      }
      await screenshot(paralegal, "case-page-rfe-issues-one-answered");
      const edit = await paralegal.page.waitForSelector("button.lpodesk-edit-issue-button[data-number='1']", { visible: true });
      await edit.click();
      await dialog(paralegal, "Issue 1");
      // Share keeps earlier dialogs' panels in the page: the issue's is any panel that names the exhibit
      await paralegal.page.waitForFunction((name) => Array.from(document.querySelectorAll(".yui-panel"))
        .some((p) => p.textContent.indexOf(name) !== -1), { timeout: 15000 }, "Exhibit 1 circulation " + RUN)
        .catch(() => { throw new StepFailure("the issue's edit form does not list its exhibit"); });
      await paralegal.checkText("the issue's edit form");
      await screenshot(paralegal, "rfe-issue-edit-form-with-its-exhibit");
      // the form's own cancel button (Share's forms render it as an input, not a button labelled "Cancel")
      await paralegal.page.evaluate((name) => {
        const panel = Array.from(document.querySelectorAll(".yui-panel"))
          .find((p) => p.offsetParent !== null && p.textContent.indexOf(name) !== -1);
        const cancel = panel && panel.querySelector("[id$=-form-cancel-button], [id$=-form-cancel], button[id$=cancel-button], .container-close");
        if (cancel) {
          cancel.click();
        }
      }, "Exhibit 1 circulation " + RUN);
      return "issues 1 and 2 numbered by the repository; issue 1 answered by its exhibit";
    });

    await step("Paralegal uploads into a case's Evidence folder and tags the new evidence in the dialog that follows", paralegal, async () => {
      const fresh = await caseFolder("Walk Beneficiary " + RUN);
      const summary = await rest(USERS.paralegal, "GET", "/s/lpodesk/cases/summary?case=" + encodeURIComponent(fresh.nodeRef));
      const evidence = (summary.folders || []).find((f) => f.role === "EVIDENCE");
      if (!evidence) {
        throw new StepFailure("the case summary names no Evidence folder");
      }
      await paralegal.goto("/page/site/" + FIRM_SITE + "/documentlibrary?path=" + encodeURIComponent(evidence.libraryPath));
      const upload = await paralegal.page.waitForSelector("button[id$=fileUpload-button-button]", { visible: true });
      await upload.click();
      const input = await paralegal.page.waitForSelector("input[type=file]", { timeout: 15000 });
      const file = path.join(os.tmpdir(), "Award certificate " + RUN + ".txt");
      fs.writeFileSync(file, "Certificate of a national award in the beneficiary's field");
      await input.uploadFile(file);
      await paralegal.page.waitForSelector(".lpodesk-tag-dialog", { visible: true, timeout: 30000 })
        .catch(() => { throw new StepFailure("no \"Tag the new evidence\" dialog after an upload into the Evidence folder"); });
      await paralegal.checkText("the tag dialog");
      const itemId = await paralegal.page.$eval(".lpodesk-tag-dialog .lpodesk-tag-items input[type=checkbox]:not([disabled])",
        (box) => { box.click(); return box.value; });
      await screenshot(paralegal, "upload-into-evidence-tag-dialog");
      await clickButton(paralegal, "Tag");
      await paralegal.page.waitForSelector(".lpodesk-tag-dialog", { hidden: true, timeout: 15000 })
        .catch(() => { throw new StepFailure("the tag dialog stayed open after \"Tag\""); });
      const id = await nodeIdByPath(evidence.nodeRef.replace("workspace://SpacesStore/", ""), path.basename(file));
      const node = await rest(USERS.paralegal, "GET", V1 + "/nodes/" + id);
      const items = node.entry.properties["imm:checklistItems"] || [];
      if (node.entry.nodeType !== "imm:evidence" || items.indexOf(itemId) === -1) {
        throw new StepFailure("the upload is " + node.entry.nodeType + " tagged " + JSON.stringify(items) + ", not imm:evidence tagged " + itemId);
      }
      return "uploaded, typed imm:evidence and tagged " + itemId + " in one dialog";
    });

    await step("Paralegal adds a recruitment step on the demo PERM case and sees its timeline redrawn", paralegal, async () => {
      const perm = await caseFolder("Lucia Garcia");
      await paralegal.goto("/page/site/" + FIRM_SITE + "/lpodesk-case?nodeRef=" + encodeURIComponent(perm.nodeRef));
      await paralegal.page.waitForSelector(".lpodesk-perm-timeline svg", { visible: true, timeout: 20000 })
        .catch(() => { throw new StepFailure("the PERM case page draws no timeline"); });
      const bars = () => paralegal.page.$$eval(".lpodesk-perm-timeline svg rect.lpodesk-perm-step", (r) => r.length);
      const before = await bars();
      if (before < 4) {
        throw new StepFailure("the timeline shows " + before + " steps, the demo case has at least 4");
      }
      await paralegal.checkText("the PERM section");
      await screenshot(paralegal, "perm-case-timeline");
      const add = await paralegal.page.waitForSelector("button.lpodesk-add-step-button", { visible: true });
      await add.click();
      await dialog(paralegal, "Add a recruitment step to " + perm.caseNumber);
      await selectByLabel(paralegal, ".yui-panel select[name=prop_imm_stepKind]", "Job fair");
      const day = new Date();
      day.setDate(day.getDate() - 3);
      const typed = (day.getMonth() + 1) + "/" + day.getDate() + "/" + day.getFullYear();
      for (const field of ["stepStart", "stepEnd"]) {
        const entry = await paralegal.page.$(".yui-panel input[id$=" + field + "-cntrl-date]");
        await entry.type(typed);
        await entry.evaluate((e) => e.dispatchEvent(new Event("change", { bubbles: true })));
      }
      await paralegal.page.type(".yui-panel input[name=prop_imm_stepWhere]", "Boston tech job fair " + RUN);
      await paralegal.checkText("the add-step dialog");
      await screenshot(paralegal, "perm-add-step-dialog");
      await Promise.all([paralegal.page.waitForNavigation({ waitUntil: "networkidle2", timeout: 30000 })
        .catch(() => { throw new StepFailure("the case page did not reload after the step was saved"); }),
        clickButton(paralegal, "Save")]);
      await paralegal.page.waitForSelector(".lpodesk-perm-timeline svg", { visible: true, timeout: 20000 });
      const after = await bars();
      const text = await paralegal.checkText("the PERM section after the step");
      if (after !== before + 1 || text.indexOf("Boston tech job fair " + RUN) === -1) {
        throw new StepFailure("the timeline went from " + before + " to " + after + " steps");
      }
      return before + " -> " + after + " steps on the timeline";
    });

    await step("Paralegal records what the USCIS page shows; an RFE opens the paralegals' task to obtain the notice", paralegal, async () => {
      const fresh = await caseFolder("Walk Beneficiary " + RUN);
      const receipt = "IOE" + String(Date.now()).slice(-10);
      await rest(USERS.paralegal, "PUT", V1 + "/nodes/" + fresh.nodeRef.replace("workspace://SpacesStore/", ""),
        { properties: { "imm:receiptNumber": receipt } });
      const casePage = "/page/site/" + FIRM_SITE + "/lpodesk-case?nodeRef=" + encodeURIComponent(fresh.nodeRef);
      await paralegal.goto(casePage);
      const record = await paralegal.page.waitForSelector("button.lpodesk-record-status-button", { visible: true })
        .catch(() => { throw new StepFailure("the case page offers no \"Record status\""); });
      await record.click();
      await dialog(paralegal, "Record the USCIS status of " + fresh.caseNumber);
      await paralegal.page.waitForSelector(".yui-panel input[name=prop_imm_checkReceiptNumber]", { visible: true });
      await paralegal.page.type(".yui-panel input[name=prop_imm_checkReceiptNumber]", receipt);
      await paralegal.page.type(".yui-panel input[name=prop_imm_uscisStatusText]", "Request for Evidence Was Sent");
      await paralegal.page.type(".yui-panel input[name=prop_imm_checkFormType]", "I-140");
      await paralegal.checkText("the record-status dialog");
      await screenshot(paralegal, "case-page-record-uscis-status-dialog");
      await Promise.all([paralegal.page.waitForNavigation({ waitUntil: "networkidle2", timeout: 30000 })
        .catch(() => { throw new StepFailure("the case page did not reload after the status was recorded"); }),
        clickButton(paralegal, "Save")]);
      const section = await paralegal.page.waitForSelector(".lpodesk-case-uscis", { visible: true });
      const shown = await section.evaluate((e) => e.innerText);
      for (const expected of [receipt, "Request for Evidence Was Sent", "changed", "Manual (USCIS page)", "I-140"]) {
        if (shown.indexOf(expected) === -1) {
          throw new StepFailure("the USCIS status section does not show '" + expected + "': " + shown.substring(0, 300));
        }
      }
      await paralegal.checkText("the case page after the status");
      await section.screenshot({ path: path.join(SCREENS, "case-page-uscis-status.png") });
      // the pooled task the change opened, as a paralegal finds it in the task list
      let taskId = null;
      for (let attempt = 0; attempt < 20 && !taskId; attempt++) {
        const tasks = await rest(USERS.paralegal, "GET", WF + "/tasks?maxItems=100");
        const task = tasks.list.entries.map((e) => e.entry)
          .find((x) => x.formResourceKey === "immwf:obtainNoticeTask" && (x.description || "").indexOf(receipt) !== -1);
        taskId = task ? task.id : null;
        if (!taskId) {
          await new Promise((r) => setTimeout(r, 500));
        }
      }
      if (!taskId) {
        throw new StepFailure("no \"Obtain the USCIS notice\" task for " + receipt + " in the paralegal's tasks");
      }
      await paralegal.goto("/page/task-edit?taskId=" + encodeURIComponent("activiti$" + taskId));
      await paralegal.page.waitForSelector("[id$=-form-fields]", { visible: true });
      const form = await paralegal.checkText("the obtain-notice task");
      for (const expected of [receipt, "Request for Evidence Was Sent", fresh.caseNumber, "Walk Beneficiary " + RUN]) {
        if (form.indexOf(expected) === -1) {
          throw new StepFailure("the obtain-notice task does not show '" + expected + "'");
        }
      }
      await screenshot(paralegal, "obtain-notice-task-form");
      // the firm site dashboard's dashlet and the case list say it too
      await paralegal.goto("/page/site/" + FIRM_SITE + "/dashboard");
      const dashlet = await paralegal.page.waitForSelector(".lpodesk-uscis-changes", { visible: true, timeout: 20000 })
        .catch(() => { throw new StepFailure("the firm site dashboard has no USCIS status changes dashlet"); });
      const listed = await dashlet.evaluate((e) => e.innerText);
      if (listed.indexOf(fresh.caseNumber) === -1 || listed.indexOf("the notice must be obtained") === -1) {
        throw new StepFailure("the dashlet does not list the change of " + fresh.caseNumber + ": " + listed.substring(0, 300));
      }
      await dashlet.screenshot({ path: path.join(SCREENS, "dashlet-uscis-status-changes.png") });
      await paralegal.goto("/page/site/" + FIRM_SITE + "/lpodesk-cases?status=ALL&sort=number");
      const row = await paralegal.page.waitForSelector("xpath/.//tr[.//a[normalize-space(.)='" + fresh.caseNumber + "']]", { visible: true });
      if ((await row.evaluate((e) => e.innerText)).indexOf("Request for Evidence Was Sent") === -1) {
        throw new StepFailure("the case list does not show the case's USCIS status");
      }
      await screenshot(paralegal, "case-list-uscis-status-column");
      return receipt + ": recorded, task " + taskId + " opened, listed on the dashboard and in the case list";
    });

    await step("A USCIS approval suggests the case's next status; the paralegal confirms it with one button", paralegal, async () => {
      const fresh = await caseFolder("Walk Beneficiary " + RUN);
      const id = fresh.nodeRef.replace("workspace://SpacesStore/", "");
      // the case as filed (its attorney moves it through the statuses the rules allow)
      for (const status of ["DRAFTING", "ATTORNEY_REVIEW", "FILED"]) {
        await rest(USERS.attorney, "PUT", V1 + "/nodes/" + id, { properties: { "imm:caseStatus": status } });
      }
      const receipt = (await rest(USERS.paralegal, "GET", "/s/lpodesk/cases/summary?case=" + encodeURIComponent(fresh.nodeRef))).receiptNumber;
      await rest(USERS.paralegal, "POST", "/s/lpodesk/cases/uscis-status", { receiptNumber: receipt, statusText: "Case Was Approved",
        statusDescription: "We approved your Form I-140, Immigrant Petition for Alien Worker.", formType: "I-140" });
      await paralegal.goto("/page/site/" + FIRM_SITE + "/lpodesk-case?nodeRef=" + encodeURIComponent(fresh.nodeRef));
      const move = await paralegal.page.waitForSelector(".lpodesk-uscis-suggestion button.lpodesk-status-action", { visible: true })
        .catch(() => { throw new StepFailure("the case page suggests no move after USCIS's approval"); });
      const label = await move.evaluate((b) => b.textContent.trim());
      if (label !== "Move to Approved") {
        throw new StepFailure("the suggestion reads '" + label + "'");
      }
      await paralegal.checkText("the case page with the suggestion");
      const section = await paralegal.page.$(".lpodesk-case-uscis");
      await section.screenshot({ path: path.join(SCREENS, "case-page-uscis-suggested-status.png") });
      await Promise.all([paralegal.page.waitForNavigation({ waitUntil: "networkidle2", timeout: 30000 })
        .catch(() => { throw new StepFailure("the case page did not reload after the move"); }), move.click()]);
      await paralegal.page.waitForSelector(".lpodesk-case-header", { visible: true });
      const status = await paralegal.page.$eval(".lpodesk-status", (s) => s.textContent.trim());
      if (status !== "Approved" || (await paralegal.page.$(".lpodesk-uscis-suggestion")) !== null) {
        throw new StepFailure("after the move the case is '" + status + "'" );
      }
      return "FILED -> Approved on USCIS's word, confirmed by the paralegal";
    });

    await step("LPO associate records the USCIS status from a case status check task", associate, async () => {
      const receipt = (await rest(USERS.paralegal, "GET", "/s/lpodesk/cases/summary?case=" + encodeURIComponent(eb1.nodeRef))).receiptNumber;
      const started = await rest(USERS.paralegal, "POST", "/s/lpodesk/outsourcing", {
        caseId: eb1.nodeRef, vendorId: "demo-lpo", taskKind: "CASE_STATUS_CHECK", documents: [],
        description: "Check the USCIS status of the EB-1A petition (run " + RUN + ")" });
      const pid = String(started.workflowInstanceId).replace(/^activiti\$/, "");
      const intake = await taskOf(USERS.manager, pid, "immwf:intakeTask");
      await taskPage(manager, intake);
      await pickAuthority(manager, "assoc_immwf_draftingAssociate", "Iyer");
      await submitTask(manager, outcomeLabel("intakeOutcomes", "Accept"));
      const drafting = await taskOf(USERS.associate, pid, "immwf:draftingTask");
      await taskPage(associate, drafting);
      const form = await associate.checkText("the status check task");
      if (form.indexOf(receipt) === -1) {
        throw new StepFailure("the status check task does not show the case's receipt number " + receipt);
      }
      const record = await associate.page.waitForSelector("button[id$=-lpodesk-record]", { visible: true })
        .catch(() => { throw new StepFailure("the status check task offers no \"Record USCIS status\""); });
      await record.click();
      await dialog(associate, "Record what USCIS's case status page shows for " + receipt);
      await associate.page.waitForSelector(".yui-panel input[name=prop_imm_checkReceiptNumber]", { visible: true });
      await associate.page.type(".yui-panel input[name=prop_imm_checkReceiptNumber]", receipt);
      const text = "Response To USCIS' Request For Evidence Was Received";
      await associate.page.type(".yui-panel input[name=prop_imm_uscisStatusText]", text);
      await associate.page.type(".yui-panel input[name=prop_imm_checkFormType]", "I-140");
      await associate.checkText("the associate's record-status dialog");
      await screenshot(associate, "vendor-task-record-uscis-status-dialog");
      await clickButton(associate, "Save");
      let recorded = null;
      for (let attempt = 0; attempt < 20 && !recorded; attempt++) {
        await new Promise((r) => setTimeout(r, 500));
        const log = await rest(USERS.paralegal, "GET", "/s/lpodesk/cases/uscis-status?case=" + encodeURIComponent(eb1.nodeRef));
        recorded = log.receipts.flatMap((r) => r.checks).find((c) => c.statusText === text && c.checkedBy === USERS.associate.name);
      }
      if (!recorded) {
        throw new StepFailure("the firm's case has no status recorded by " + USERS.associate.name);
      }
      await screenshot(associate, "vendor-task-uscis-status-recorded");
      return receipt + ": \"" + text + "\" recorded in the firm's case by " + USERS.associate.name + (recorded.changed ? " (a change)" : "");
    });

    await step("Paralegal edits a case: computed fields read-only, the attorney picked from the attorneys group", paralegal, async () => {
      const fresh = await caseFolder("Walk Beneficiary " + RUN);
      const person = await rest(USERS.paralegal, "GET", "/s/api/people/" + USERS.attorney.name);
      const attorneyName = (person.firstName + " " + (person.lastName || "")).trim();
      await paralegal.goto("/page/site/" + FIRM_SITE + "/edit-metadata?nodeRef=" + encodeURIComponent(fresh.nodeRef));
      const select = "select[id$=responsibleAttorney-lpodesk-select]";
      await selectByLabel(paralegal, select, attorneyName);
      const offered = await paralegal.page.$$eval(select + " option", (os) => os.map((o) => o.text).filter((t) => t));
      if (offered.some((t) => /paralegal|lpo/i.test(t))) {
        throw new StepFailure("the attorney picker offers people outside the attorneys group: " + offered.join(", "));
      }
      const editable = await paralegal.page.$$eval("input[name=prop_imm_caseDeadline], input[name=prop_imm_caseDeadlineRule], textarea[name=prop_imm_caseDeadlineRule]",
        (is) => is.filter((i) => !i.disabled && i.type !== "hidden").length);
      if (editable > 0) {
        throw new StepFailure("the case deadline can be typed in the edit form");
      }
      const text = await paralegal.checkText("the case edit form");
      if (text.indexOf("Case Deadline") === -1) {
        throw new StepFailure("the edit form does not show the case deadline");
      }
      await screenshot(paralegal, "case-edit-form-attorney-picker");
      await Promise.all([paralegal.page.waitForNavigation({ waitUntil: "networkidle2", timeout: 30000 }), clickButton(paralegal, "Save")]);
      const after = await caseFolder("Walk Beneficiary " + RUN);
      if (after.responsibleAttorney !== USERS.attorney.name) {
        throw new StepFailure("the case's responsible attorney is '" + after.responsibleAttorney + "' after saving");
      }
      await paralegal.goto("/page/site/" + FIRM_SITE + "/lpodesk-case?nodeRef=" + encodeURIComponent(fresh.nodeRef));
      await paralegal.page.waitForSelector(".lpodesk-case-header", { visible: true });
      const page = await paralegal.checkText("the case page after the edit");
      if (page.indexOf(attorneyName) === -1) {
        throw new StepFailure("the case page does not name the responsible attorney " + attorneyName);
      }
      return "responsible attorney " + attorneyName + " (" + offered.length + " offered); deadline read-only";
    });

    await step("Attorney opens Reports from the site navigation: charts, tables, CSV and the quarter's scorecard PDF", attorney, async () => {
      await attorney.goto("/page/site/" + FIRM_SITE + "/dashboard");
      const nav = await attorney.page.waitForSelector("xpath/.//a[normalize-space(.)='Reports']", { visible: true, timeout: 15000 })
        .catch(() => { throw new StepFailure("the firm site's navigation has no 'Reports'"); });
      await Promise.all([attorney.page.waitForNavigation({ waitUntil: "networkidle2" }), nav.click()]);
      await attorney.page.waitForSelector(".lpodesk-report-table table.lpodesk-table", { visible: true, timeout: 15000 })
        .catch(() => { throw new StepFailure("the reports page shows no table"); });
      // uPlot draws each chart on a canvas: five charts, each with its legend
      const charts = await attorney.page.$$eval(".lpodesk-chart", (cs) => cs.map((c) => ({
        title: c.querySelector("h2").innerText, canvas: c.querySelectorAll("canvas").length > 0,
        legend: Array.from(c.querySelectorAll(".u-legend .u-label")).map((l) => l.innerText) })));
      const drawn = charts.filter((c) => c.canvas);
      if (drawn.length < 4) {
        throw new StepFailure("charts drawn: " + JSON.stringify(charts));
      }
      const text = await attorney.checkText("the reports page");
      for (const words of ["Turnaround", "Delivered on time", "Review buffer kept", "Attorney review load", "What each figure means"]) {
        if (text.indexOf(words) === -1) {
          throw new StepFailure("the reports page does not show '" + words + "'");
        }
      }
      await screenshot(attorney, "reports-page");
      const downloads = await attorney.page.evaluate(async () => {
        const csv = Array.from(document.querySelectorAll(".lpodesk-report-downloads a")).find((a) => /table=indicators/.test(a.href));
        const pdf = Array.from(document.querySelectorAll(".lpodesk-report-scorecard a"))[0];
        const c = await fetch(csv.href, { credentials: "same-origin" });
        const p = await fetch(pdf.href, { credentials: "same-origin" });
        const bytes = new Uint8Array(await p.arrayBuffer());
        return { csv: c.status, csvType: c.headers.get("content-type"), csvText: await c.text(), pdf: p.status,
          pdfType: p.headers.get("content-type"), pdfHead: String.fromCharCode.apply(null, Array.from(bytes.slice(0, 5))),
          quarter: pdf.innerText };
      });
      if (downloads.csv !== 200 || !/text\/csv/.test(downloads.csvType || "") || downloads.csvText.indexOf("demo-lpo") === -1) {
        throw new StepFailure("the CSV answered " + downloads.csv + " " + downloads.csvType + ": " + downloads.csvText.substring(0, 200));
      }
      if (downloads.pdf !== 200 || downloads.pdfHead !== "%PDF-") {
        throw new StepFailure("the scorecard answered " + downloads.pdf + " " + downloads.pdfType + " " + downloads.pdfHead);
      }
      return drawn.length + " charts (" + drawn.map((c) => c.title + ": " + c.legend.filter((l) => l).join("/")).join("; ")
        + "); CSV " + downloads.csvText.split("\n").filter((l) => l).length + " lines; scorecard " + downloads.quarter + " PDF";
    });

    await step("A paralegal is told the reports are the attorneys' and administrators'", paralegal, async () => {
      await paralegal.goto("/page/site/" + FIRM_SITE + "/lpodesk-reports");
      const text = await paralegal.checkText("the reports page as a paralegal");
      if (text.indexOf("Reports are for the firm's administrators and attorneys") === -1) {
        throw new StepFailure("the paralegal reads: " + text.substring(0, 300));
      }
      if ((await paralegal.page.$$(".lpodesk-chart canvas")).length > 0) {
        throw new StepFailure("a paralegal sees report charts");
      }
      return "refused with the repository's sentence";
    });
    await step("Firm administrator opens Compliance: each attestation's status, what stops shares, counts against the limits", firmAdmin, async () => {
      await firmAdmin.login();
      await firmAdmin.goto("/page/site/" + FIRM_SITE + "/dashboard");
      if (!(await firmAdmin.page.$("a[href$='/lpodesk-compliance']"))) {
        throw new StepFailure("the firm site's navigation has no 'Compliance'");
      }
      await firmAdmin.goto("/page/site/" + FIRM_SITE + "/lpodesk-compliance");
      const text = await firmAdmin.checkText("the compliance page");
      for (const words of ["Vendor compliance", "ownership attestation", "staff-residence attestation", "security attestation",
        "Sharing allowed", "personal identifiers", "health data"]) {
        if (text.indexOf(words) === -1) {
          throw new StepFailure("the compliance page does not show '" + words + "'");
        }
      }
      const counts = await firmAdmin.page.$$eval(".lpodesk-counts tbody tr", (rows) => rows.map((r) => r.innerText.replace(/\s+/g, " ")));
      // calendar dates as on every LPO Desk page (month first), never the ISO form
      const dates = await firmAdmin.page.$$eval(".lpodesk-attestations .lpodesk-date", (cells) => cells.map((c) => c.innerText.trim()));
      const odd = dates.filter((d) => d !== "" && !/^\d{2}\/\d{2}\/\d{4}$/.test(d));
      if (dates.length === 0 || odd.length > 0) {
        throw new StepFailure("the attestations' dates read " + JSON.stringify(dates));
      }
      await screenshot(firmAdmin, "compliance-page");
      const csv = await firmAdmin.page.evaluate(async () => {
        const r = await fetch(document.querySelector(".lpodesk-compliance-downloads a").href, { credentials: "same-origin" });
        return { status: r.status, type: r.headers.get("content-type"), disposition: r.headers.get("content-disposition"), text: await r.text() };
      });
      if (csv.status !== 200 || !/text\/csv/.test(csv.type || "") || !/^attachment/.test(csv.disposition || "")
          || csv.text.indexOf("demo-lpo,") === -1) {
        throw new StepFailure("the CSV answered " + csv.status + " " + csv.type + " " + csv.disposition + ": " + csv.text.substring(0, 200));
      }
      return "counts " + counts.join(" | ") + "; CSV " + csv.text.split("\n").filter((l) => l).length + " lines";
    });

    await step("Firm administrator records an attestation: a refused expiry is explained in the dialog, then a covered-person statement limits the vendor", firmAdmin, async () => {
      const page = firmAdmin.page;
      // the refused expiry is the repository's 400, shown in the dialog
      firmAdmin.expect(400, /\/lpodesk\/vendors\/demo-lpo\/attestations$/);
      await page.click(".lpodesk-record-attestation");
      await page.waitForSelector(".lpodesk-attestation-dialog:not([hidden])", { visible: true });
      await page.select("select[name=kind]", "STAFF_RESIDENCE");
      await page.$eval("input[name=signedOn]", (e, d) => { e.value = d; }, TODAY);
      await page.type("input[name=signer]", "Rohan Mehta, CEO");
      await page.type("input[name=document]", "DMS-" + RUN);
      await page.$eval("input[name=expiresOn]", (e, d) => { e.value = d; }, TODAY);
      await page.click(".lpodesk-save");
      const refusal = await page.waitForSelector(".lpodesk-dialog-error:not([hidden])", { visible: true, timeout: 15000 })
        .then((e) => e.evaluate((n) => n.textContent))
        .catch(() => { throw new StepFailure("no refusal shown for an expiry on the signing day"); });
      if (refusal.indexOf("is not after its signing date") === -1) {
        throw new StepFailure("the dialog reads: " + refusal);
      }
      // the field the repository named is the one marked
      if (await page.$eval("input[name=expiresOn]", (e) => e.getAttribute("aria-invalid")) !== "true") {
        throw new StepFailure("the refused expiry is not marked in the dialog");
      }
      await screenshot(firmAdmin, "compliance-attestation-refused");
      await page.$eval("input[name=expiresOn]", (e) => { e.value = ""; });
      await page.click("input[name=coveredPerson]");
      await page.type("textarea[name=facts]", "Two contract reviewers work from a country of concern");
      // the vendor's section is replaced in place: the page itself stays (a reload would lose this mark)
      await page.evaluate(() => { window.lpodeskWalkMark = true; });
      await page.click(".lpodesk-save");
      await page.waitForFunction(() => document.querySelector(".lpodesk-attestation-dialog").hidden
          && document.querySelector("section[data-vendor='demo-lpo'] .lpodesk-recorded").textContent !== "", { timeout: 20000 })
        .catch(() => { throw new StepFailure("the dialog did not close on a section showing what was recorded"); });
      if (!(await page.evaluate(() => window.lpodeskWalkMark === true))) {
        throw new StepFailure("the page was loaded again instead of the vendor's section");
      }
      const text = await firmAdmin.checkText("the compliance page after recording");
      for (const words of ["Recorded: the staff-residence attestation signed by Rohan Mehta, CEO.", "No restricted data",
        "No restricted personal data can go to vendor", "Two contract reviewers", "DMS-" + RUN]) {
        if (text.indexOf(words) === -1) {
          throw new StepFailure("after recording, the page does not show '" + words + "'");
        }
      }
      await screenshot(firmAdmin, "compliance-covered-person-recorded");
      // as it was: a clean statement recorded after it on the same day counts instead
      const restore = await page.evaluate(async (day, run) => {
        const r = await fetch(Alfresco.constants.PROXY_URI + "lpodesk/vendors/demo-lpo/attestations", { method: "POST",
          credentials: "same-origin", headers: { "Content-Type": "application/json", [Alfresco.util.CSRFPolicy.getHeader()]: Alfresco.util.CSRFPolicy.getToken() },
          body: JSON.stringify({ kind: "STAFF_RESIDENCE", signedOn: day, signer: "Rohan Mehta, CEO", document: "DMS-" + run + "-2" }) });
        return r.status;
      }, TODAY, RUN);
      if (restore !== 201) {
        throw new StepFailure("the clean statement answered " + restore);
      }
      return "refused: " + refusal + "; covered-person statement shown and then superseded";
    });

    await step("A paralegal is told vendor compliance is the administrators'", paralegal, async () => {
      await paralegal.goto("/page/site/" + FIRM_SITE + "/lpodesk-compliance");
      const text = await paralegal.checkText("the compliance page as a paralegal");
      if (text.indexOf("Only the firm's administrators may see or record vendor compliance") === -1) {
        throw new StepFailure("the paralegal reads: " + text.substring(0, 300));
      }
      if ((await paralegal.page.$$(".lpodesk-record-attestation")).length > 0) {
        throw new StepFailure("a paralegal is offered to record an attestation");
      }
      return "refused with the repository's sentence";
    });
    // Case e-mail: the client writes to the case's address, a stranger too; the firm replies once approved
    const mailSubject = "Recommendation letters " + RUN;
    const sink = env.LPODESK_MAIL_SINK_PORT ? startMailSink(env.LPODESK_MAIL_SINK_PORT) : null;
    await step("A client's e-mail and a stranger's reach the case page: a conversation and the quarantine", paralegal, async () => {
      const caseAddress = eb1.caseNumber.toLowerCase() + "@firm.example";
      const stamp = new Date().toUTCString();
      await smtpSend("adaeze.okonkwo@example.com", caseAddress, "Message-ID: <walk-" + RUN + "@example.com>\nFrom: Dr. Adaeze Okonkwo <adaeze.okonkwo@example.com>\nTo: "
        + caseAddress + "\nSubject: " + mailSubject + "\nDate: " + stamp + "\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"b\"\n\n--b\nContent-Type: text/plain; charset=UTF-8\n\n"
        + "Dear counsel,\nthe letters of my three referees are attached.\n--b\nContent-Type: application/pdf; name=\"letters.pdf\"\nContent-Disposition: attachment; filename=\"letters.pdf\"\nContent-Transfer-Encoding: base64\n\n"
        + Buffer.from("%PDF-1.7 referee letters").toString("base64") + "\n--b--\n");
      await smtpSend("cousin@family.example", caseAddress, "Message-ID: <walk-held-" + RUN + "@family.example>\nFrom: Cousin <cousin@family.example>\nTo: "
        + caseAddress + "\nSubject: Birth certificate " + RUN + "\nDate: " + stamp + "\n\nAttached is the birth certificate Adaeze asked for.\n");
      const { section, text } = await mailSection(paralegal, eb1);
      await paralegal.checkText("the case page's e-mail");
      for (const expected of [caseAddress, mailSubject, "From adaeze.okonkwo@example.com", "the letters of my three referees", "letters.pdf",
        "Held in quarantine", "Held because: cousin@family.example is not an address recorded"]) {
        if (text.indexOf(expected) === -1) {
          throw new StepFailure("the e-mail section does not show '" + expected + "'");
        }
      }
      await section.screenshot({ path: path.join(SCREENS, "case-mail-conversation-and-quarantine.png") });
      return "filed in " + eb1.caseNumber + ", one held";
    });

    await step("Paralegal releases the held message into the case's correspondence", paralegal, async () => {
      const release = await paralegal.page.waitForSelector("xpath/.//div[contains(@class,'lpodesk-mail-held')][contains(.,'Birth certificate " + RUN + "')]//button[contains(@class,'lpodesk-mail-release')]", { visible: true });
      await release.click();
      await paralegal.page.waitForNavigation({ waitUntil: "networkidle2", timeout: 20000 });
      const { text } = await mailSection(paralegal, eb1);
      if (text.indexOf("Released from quarantine by demo.paralegal") === -1) {
        throw new StepFailure("the released message does not say who released it");
      }
      if (/Held in quarantine[\s\S]*Birth certificate/.test(text.substring(text.indexOf("Held in quarantine")))) {
        throw new StepFailure("the message is still held");
      }
      return "released";
    });

    let replyName = null;
    await step("Paralegal replies: the repository addresses, threads and quotes the draft, Share's editor opens it", paralegal, async () => {
      await mailSection(paralegal, eb1);
      const reply = await paralegal.page.waitForSelector("xpath/.//div[contains(@class,'lpodesk-mail-thread')][contains(.,'" + mailSubject + "')]//button[contains(@class,'lpodesk-mail-reply')]", { visible: true });
      await Promise.all([paralegal.page.waitForNavigation({ waitUntil: "networkidle2", timeout: 30000 }), reply.click()]);
      await paralegal.page.waitForSelector("textarea[name=prop_cm_content]", { visible: true });
      const quoted = await paralegal.page.$eval("textarea[name=prop_cm_content]", (t) => t.value);
      if (quoted.indexOf("> the letters of my three referees are attached.") === -1) {
        throw new StepFailure("the draft does not quote the client's message: " + quoted.substring(0, 200));
      }
      replyName = await paralegal.page.$eval("input[name=prop_cm_name]", (i) => i.value).catch(() => null);
      await paralegal.page.focus("textarea[name=prop_cm_content]");
      await paralegal.page.keyboard.down("Control");
      await paralegal.page.keyboard.press("Home");
      await paralegal.page.keyboard.up("Control");
      await paralegal.page.keyboard.type("Dear Dr. Okonkwo,\nthank you, the three letters are complete. We file them with the petition.\n");
      await screenshot(paralegal, "mail-reply-in-the-editor");
      await Promise.all([paralegal.page.waitForNavigation({ waitUntil: "networkidle2" }), clickButton(paralegal, "Save")]);
      return "draft " + replyName;
    });

    await step("An approved reply is sent once from the case page; afterwards it is marked Sent", paralegal, async () => {
      let { text } = await mailSection(paralegal, eb1);
      if (text.indexOf("A firm attorney must approve this version before it can be sent.") === -1) {
        throw new StepFailure("the unapproved draft does not say it needs an attorney's approval");
      }
      // the attorney's approval of the current version, as the attorney review records it
      const draft = await paralegal.page.$eval("xpath/.//div[contains(@class,'lpodesk-mail-thread')][contains(.,'" + mailSubject + "')]//div[contains(@class,'lpodesk-mail-out')]//a[contains(@href,'document-details')]",
        (a) => decodeURIComponent(a.getAttribute("href").split("nodeRef=")[1]));
      const id = draft.split("/").pop();
      const node = await rest(USERS.attorney, "GET", V1 + "/nodes/" + id + "?include=aspectNames");
      await rest(USERS.attorney, "PUT", V1 + "/nodes/" + id, { aspectNames: node.entry.aspectNames.concat(["imm:attorneyApproval"]),
        properties: { "imm:approver": USERS.attorney.name, "imm:approvedOn": new Date().toISOString(), "imm:approvalOutcome": "APPROVED",
          "imm:approvedVersionLabel": node.entry.properties["cm:versionLabel"] || "1.0" } });
      await mailSection(paralegal, eb1);
      const send = await paralegal.page.waitForSelector("xpath/.//div[contains(@class,'lpodesk-mail-thread')][contains(.,'" + mailSubject + "')]//button[contains(@class,'lpodesk-mail-send')]", { visible: true });
      await send.click();
      await dialog(paralegal, "Send ");
      // attach the client's own letters back, chosen from the case's documents
      const letters = await paralegal.page.waitForSelector("xpath/.//div[contains(@class,'yui-panel')]//label[contains(.,'" + RUN + "') and contains(.,'letters.pdf')]/input", { visible: true })
        .catch(() => { throw new StepFailure("the send dialog does not offer the case's documents to attach"); });
      await letters.click();
      await screenshot(paralegal, "mail-send-confirmation");
      const confirm = await paralegal.page.waitForSelector("xpath/.//div[contains(@class,'yui-panel')]//button[normalize-space(.)='Send']", { visible: true });
      await confirm.click();
      await paralegal.page.waitForNavigation({ waitUntil: "networkidle2", timeout: 30000 });
      const shown = await mailSection(paralegal, eb1);
      const state = await paralegal.page.$eval("xpath/.//div[contains(@class,'lpodesk-mail-thread')][contains(.,'" + mailSubject + "')]//div[contains(@class,'lpodesk-mail-out')]//span[contains(@class,'lpodesk-mail-state')]",
        (e) => e.textContent.trim());
      await shown.section.screenshot({ path: path.join(SCREENS, "case-mail-reply-sent.png") });
      if (sink) {
        const out = sunk.find((m) => m.indexOf("In-Reply-To: <walk-" + RUN + "@example.com>") !== -1);
        if (!out || state !== "Sent") {
          throw new StepFailure("the reply is " + state + "; the firm's mail server received " + (out ? "it" : "nothing threaded to the client's message"));
        }
        // the letters' bytes, not their name: a long file name is split over RFC 2231 parameters
        if (!/filename="?letters\.pdf"?(;|\s|$)/m.test(out)) {
          throw new StepFailure("the attached letters did not go out under the client's own file name");
        }
        const letters = "%PDF-1.7 referee letters";
        if (out.indexOf(letters) === -1 && out.replace(/\n/g, "").indexOf(Buffer.from(letters).toString("base64")) === -1) {
          throw new StepFailure("the reply went out without the attached letters");
        }
        return "Sent; the mail server received it threaded to the client's message, with the letters attached";
      }
      if (state !== "Sent" && state !== "Retrying") {
        throw new StepFailure("the reply is " + state);
      }
      return state + " (no mail server stood in: LPODESK_MAIL_SINK_PORT unset)";
    });

    await step("Outsource reply… opens the outsourcing dialog as a client e-mail task with the message", paralegal, async () => {
      await mailSection(paralegal, eb1);
      const button = await paralegal.page.waitForSelector("xpath/.//div[contains(@class,'lpodesk-mail-thread')][contains(.,'" + mailSubject + "')]//button[contains(@class,'lpodesk-mail-outsource')]", { visible: true });
      await button.click();
      await dialog(paralegal, "Outsource the reply");
      await paralegal.page.waitForFunction(() => {
        const kind = document.querySelector(".yui-panel select[name=prop_immwf_taskKind]");
        return kind && kind.value === "CLIENT_EMAIL";
      }, { timeout: 20000 }).catch(() => { throw new StepFailure("the dialog's task kind is not client e-mail"); });
      await dialogShows(paralegal, "Outsource the reply", mailSubject);
      await screenshot(paralegal, "mail-outsource-reply-dialog");
      // the form's own cancel (an input in Share's forms) or the panel's close
      await paralegal.page.evaluate(() => {
        const panel = Array.from(document.querySelectorAll(".yui-panel"))
          .find((p) => p.offsetParent !== null && p.textContent.indexOf("Outsource the reply") !== -1);
        const cancel = panel && panel.querySelector("[id$=-form-cancel-button], [id$=-form-cancel], button[id$=cancel-button], .container-close");
        if (cancel) {
          cancel.click();
        }
      });
      return "task kind CLIENT_EMAIL, the message in the package";
    });
    if (sink) {
      sink.close();
    }
  } finally {
    await browser.close();
  }
  const failed = results.filter((r) => !r.ok);
  console.log("\n" + (results.length - failed.length) + " of " + results.length + " steps passed; screenshots in " + path.relative(PROJECT, SCREENS));
  fs.writeFileSync(path.join(SCREENS, "walk-result.json"), JSON.stringify({ run: RUN, share: SHARE, results }, null, 2));
  process.exit(failed.length === 0 ? 0 : 1);
}

/** The id of a document by its folder and name. */
async function nodeIdByPath(folderId, name) {
  const children = await rest(USERS.paralegal, "GET", V1 + "/nodes/" + folderId + "/children?maxItems=200");
  const entry = children.list.entries.map((e) => e.entry).find((e) => e.name === name);
  if (!entry) {
    throw new StepFailure("no " + name + " in " + folderId);
  }
  return entry.id;
}

/** The label Share shows on an outcome's button: the model bundle's label of the outcome value. */
const WORKFLOW_BUNDLE = fs.readFileSync(path.join(MODEL_DIR, "../messages/workflow-model.properties"), "utf8");
function outcomeLabel(constraint, value) {
  const line = WORKFLOW_BUNDLE.split("\n").find((l) => l.startsWith("listconstraint.immwf_" + constraint + "." + value + "="));
  if (!line) {
    throw new StepFailure("no label for the outcome " + value + " of " + constraint);
  }
  return line.substring(line.indexOf("=") + 1).trim();
}

main().catch((error) => {
  console.error("The walk stopped: " + error.stack);
  process.exit(2);
});
