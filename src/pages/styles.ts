const COLOURS =
  '--ink: #1b1b1b; --paper: #ffffff; --accent: #154273; --muted: #4a4a4a; --line: #b4b4b4;';

/** One small stylesheet: large text, strong contrast, visible focus; no framework needed. */
export const stylesheet = `
:root { ${COLOURS} }
* { box-sizing: border-box; }
body { margin: 0; font: 1.125rem/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: var(--paper); }
header, main, footer { max-width: 48rem; margin: 0 auto; padding: 1rem; }
header { border-bottom: 4px solid var(--accent); }
h1 { font-size: 1.75rem; margin: 0.5rem 0; }
.skip { position: absolute; left: -999px; }
.skip:focus { left: 1rem; top: 1rem; background: #ffbf47; padding: 0.5rem; z-index: 10; }
/* A dark ring with a yellow halo: the ring stands out on white (WCAG 1.4.11), the halo on dark buttons. */
:focus-visible { outline: 3px solid var(--ink); outline-offset: 0; box-shadow: 0 0 0 6px #ffbf47; }
label { display: block; font-weight: 600; margin-bottom: 0.25rem; }
textarea { width: 100%; min-height: 5rem; font: inherit; padding: 0.5rem; border: 2px solid var(--ink); }
button { font: inherit; padding: 0.6rem 1.2rem; border: 2px solid var(--accent); background: var(--accent); color: #fff; cursor: pointer; margin-top: 0.5rem; }
button.secondary { background: #fff; color: var(--accent); }
.log { list-style: none; padding: 0; margin: 1rem 0; }
.log li { border: 1px solid var(--line); padding: 0.75rem; margin-bottom: 0.75rem; }
.log .you { background: #f3f3f3; }
/* A web address in an answer is one long word: it breaks rather than make a phone scroll sideways (WCAG 1.4.10). */
.log p { overflow-wrap: anywhere; }
.contact { border-left: 4px solid var(--accent); padding-left: 0.75rem; margin-top: 0.5rem; }
.contact p { margin: 0.15rem 0; }
.options button { margin-right: 0.5rem; }
.muted { color: var(--muted); }
/* Where to call in danger: under every question box, plain to see but not shouting over it. */
.danger-line { margin: 0.75rem 0; padding: 0.25rem 0.75rem; border-left: 6px solid #a4161a; font-weight: 600; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
body.kiosk { font-size: 1.5rem; }
body.kiosk textarea { min-height: 7rem; }
body.kiosk button { padding: 0.9rem 1.6rem; }
/* Stop en wis stays at the top of the screen; what scrolls into view (an answer, the focus) lands below it. */
.kiosk-actions { position: sticky; top: 0; z-index: 5; display: flex; flex-wrap: wrap; align-items: center; gap: 0.25rem 1rem; margin: 1rem 0 0; padding: 0.5rem 0; background: var(--paper); border-bottom: 2px solid var(--line); }
.kiosk-actions button { flex: none; margin: 0; }
/* At the kiosk the number to call is text to copy, not a link: large, spaced, selected whole with one tap. */
.contact .phone-number { font-size: 1.5em; letter-spacing: 0.05em; user-select: all; }
.idle-warning { position: fixed; left: 1rem; right: 1rem; bottom: 1rem; z-index: 10; padding: 1rem 1.5rem; background: var(--paper); border: 4px solid var(--ink); }
.idle-warning[hidden] { display: none; }
.case-warning { padding: 0.75rem 1rem; border-left: 6px solid var(--ink); font-weight: bold; }
.kiosk-actions .muted { font-size: 1.125rem; }
.kiosk-actions .danger-line { flex: 1 0 100%; margin: 0 0 0.25rem; font-size: 1.125rem; }
/* The kiosk script measures the bar (--kiosk-bar), whose height depends on the screen's width. */
:root:has(.kiosk-actions) { scroll-padding-top: calc(var(--kiosk-bar, 12rem) + 0.5rem); }
/* On a phone-wide screen the bar took a third of it: smaller type, the hint for screen readers only. */
@media (max-width: 40rem) {
  .kiosk-actions { gap: 0.25rem 0.75rem; padding: 0.25rem 0; }
  .kiosk-actions .danger-line { font-size: 1rem; line-height: 1.35; padding: 0.125rem 0.5rem; }
  body.kiosk .kiosk-actions button { padding: 0.4rem 1rem; font-size: 1.125rem; }
  .kiosk-actions .muted { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
}
/* Zoomed in on a low screen the bar would cover a quarter of it: it scrolls with the page there. */
@media (max-height: 30rem) { .kiosk-actions { position: static; } :root:has(.kiosk-actions) { scroll-padding-top: 0; } }
.log li { scroll-margin-top: 0.5rem; }
body.staff header, body.staff main { max-width: 64rem; }
table { border-collapse: collapse; margin: 0.5rem 0 1rem; }
th, td { border: 1px solid var(--line); padding: 0.3rem 0.6rem; text-align: left; }
caption { text-align: left; font-weight: 600; padding: 0.25rem 0; }
.filters label { display: inline-block; margin: 0.5rem 0.25rem 0 0; }
/* The longest organisation name would make the choice wider than a phone. */
select { max-width: 100%; }
.chart { max-width: 100%; height: auto; }
/* A wide table scrolls on its own at 200 % zoom, so the page itself never scrolls sideways. */
.table-scroll { max-width: 100%; overflow-x: auto; }
/* Report tables keep their caption's margin inside the scrolling box; a shadow marks the cut edge. */
.table-scroll > table { margin-top: 0; }
.table-scroll[data-wide] {
  background: linear-gradient(to right, var(--paper) 30%, transparent) left / 2rem 100% no-repeat local,
    linear-gradient(to left, var(--paper) 30%, transparent) right / 2rem 100% no-repeat local,
    radial-gradient(farthest-side at 0 50%, rgb(0 0 0 / 0.25), transparent) left / 0.75rem 100% no-repeat scroll,
    radial-gradient(farthest-side at 100% 50%, rgb(0 0 0 / 0.25), transparent) right / 0.75rem 100% no-repeat scroll;
}
.wide-table-hint { font-size: 0.95rem; margin: 0.5rem 0 0; }
.wide-table-hint::before { content: "↔ "; }
@media (max-width: 30rem) { .report table { font-size: 1rem; } th, td { padding: 0.25rem 0.4rem; } }
.chart text { font: 13px system-ui, sans-serif; fill: var(--ink); }
.form-error { border-left: 6px solid #a4161a; padding: 0.5rem 0.75rem; color: #a4161a; font-weight: 600; }
.form-error[hidden] { display: none; }
[aria-invalid="true"] { border: 2px solid #a4161a; }
.chart .bar { fill: var(--accent); }
.chart .bar.suppressed { fill: var(--line); }
dt { font-weight: 600; }
dd { margin: 0 0 0.5rem 0; }
@media print {
  .skip, form, [data-sign-in], [data-status], button, [data-when-signed-in] > h2 { display: none !important; }
  body { font-size: 11pt; }
  .report-part { break-inside: avoid; }
  .table-scroll { overflow: visible; }
  .wide-table-hint { display: none; }
}
/*
 * A chat printed at the library for the person to take home: the conversation and whom to call,
 * black on white at a size to read, nothing to click, type or choose, no link to the other
 * language, and the address of a link written out.
 */
@media print {
  body.chat-page { --ink: #000; --muted: #000; --accent: #000; --line: #000; font-size: 12pt; line-height: 1.4; color: #000; background: #fff; }
  .chat-page header, .chat-page main, .chat-page footer { max-width: none; padding: 0.25rem 0; }
  .chat-page header p, .chat-page main > p, .chat-page footer, .chat-page .danger-line, .kiosk-actions, .idle-warning, .chat-page .options, .chat-page textarea { display: none !important; }
  .chat-page .log li { break-inside: avoid; border: 1px solid #000; background: #fff; }
  .chat-page .log h2 { font-size: 1.1em; margin: 0 0 0.25rem; }
  .chat-page .contact { border-left: 4px solid #000; }
  .chat-page .contact .phone-number { font-size: 1.25em; }
  .chat-page a { color: #000; text-decoration: underline; }
  .chat-page .log a[href^="http"]::after { content: " (" attr(href) ")"; }
}
.turn-text { white-space: pre-line; }
/* A case reference ("TSL-4K7-92Q") is read out and typed in whole: a phone-wide screen does not break it at a hyphen. */
.reference { white-space: nowrap; }
.case-held { padding: 0.75rem 1rem; border-left: 6px solid var(--accent); font-weight: 600; }
pre { white-space: pre-wrap; word-break: break-all; background: #f3f3f3; padding: 0.5rem; }
`;

/**
 * The widget's own sheet: it lives in a shadow root on someone else's page. There `:root` is the
 * host page's (so the colours are set on `:host`), and `rem` follows the host page's root size,
 * which many sites set to 62.5 %: sizes are in `em` from the person's own default size instead.
 */
export const widgetStylesheet = `${stylesheet.replace(/(\d)rem\b/g, '$1em')}
:host { all: initial; font-size: medium; ${COLOURS} }
.toggle { position: fixed; right: 1em; bottom: 1em; z-index: 2147483000; font: 600 1.125em/1.2 system-ui, sans-serif; }
.panel { position: fixed; right: 1em; bottom: 4.5em; z-index: 2147483000; width: min(28em, calc(100vw - 2em)); max-height: 70vh; overflow: auto; background: #fff; color: #1b1b1b; border: 2px solid #154273; padding: 1em; font: 1em/1.5 system-ui, sans-serif; }
.panel[hidden] { display: none; }
.close { float: right; margin: 0; }
`;
