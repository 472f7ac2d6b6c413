"""HTML templates: the AWS T&C case mail template, console text, other helpdesks."""
from lib import esc

TC_FROM = "aws-cs-trainingcertification-form@amazon.com"
TC_NAME = "AWS Training and Certification"

BADGE = {
    # status text -> (background, foreground)
    "Received": ("#e7f1fb", "#0a4a8a"),
    "Open": ("#e7f1fb", "#0a4a8a"),
    "Work in progress": ("#e7f1fb", "#0a4a8a"),
    "In progress": ("#e7f1fb", "#0a4a8a"),
    "Awaiting your response": ("#fff4e0", "#8a5300"),
    "Pending customer": ("#fff4e0", "#8a5300"),
    "On hold": ("#eeeeee", "#444444"),
    "Solved": ("#e6f4ea", "#1e6b34"),
    "Resolved": ("#e6f4ea", "#1e6b34"),
    "Closed": ("#ececec", "#555555"),
    "Reopened": ("#f3e8fd", "#5b2a86"),
    "受付済み": ("#e7f1fb", "#0a4a8a"),
    "お客様の返信待ち": ("#fff4e0", "#8a5300"),
    "対応中": ("#e7f1fb", "#0a4a8a"),
    "解決済み": ("#e6f4ea", "#1e6b34"),
}


def badge(status):
    bg, fg = BADGE.get(status, ("#eeeeee", "#333333"))
    return ('<span style="display:inline-block;background:%s;color:%s;border-radius:12px;'
            'padding:2px 10px;font:bold 12px Arial,sans-serif;white-space:nowrap">%s</span>'
            % (bg, fg, esc(status)))


def preheader(text):
    if not text:
        return ""
    return ('<div style="display:none;font-size:1px;color:#ffffff;line-height:1px;max-height:0;'
            'max-width:0;opacity:0;overflow:hidden;mso-hide:all">%s%s</div>\n'
            % (esc(text), "&#847;&zwnj;&nbsp;" * 40))


def tc_html(case, subject, status, pre, body_html, history=(), updated="",
            lang="en", button=True):
    """AWS T&C customer-support template (invented layout)."""
    ja = lang == "ja"
    lab = (("ケースID", "件名", "ステータス", "最終更新", "このケースに返信", "これまでのやり取り",
            "このメールに返信すると、内容がケースに追加されます。件名の [CASE %s] は変更しないでください。" % case)
           if ja else
           ("Case ID", "Subject", "Status", "Last updated", "Reply to this case", "Case history",
            "Replying to this e-mail adds your message to the case. Please keep [CASE %s] in the subject line." % case))
    rows = []
    for who, when, st, h in history:
        rows.append(
            '<tr><td style="padding:12px 0 4px 0;font:12px Arial,sans-serif;color:#545b64">'
            '<b>%s</b> &middot; %s &nbsp;%s</td></tr>\n'
            '<tr><td style="border-left:3px solid #d5dbdb;padding:4px 0 8px 12px;'
            'font:13px Arial,sans-serif;color:#545b64">%s</td></tr>' % (
                esc(who), esc(when), badge(st) if st else "", h))
    hist = ""
    if rows:
        hist = ('<tr><td style="padding:8px 32px 24px 32px">'
                '<div style="border-top:1px solid #d5dbdb;margin-top:8px;padding-top:12px;'
                'font:bold 13px Arial,sans-serif;color:#16191f">%s</div>'
                '<table width="100%%" cellpadding="0" cellspacing="0" role="presentation">\n%s\n'
                '</table></td></tr>' % (lab[5], "\n".join(rows)))
    btn = ""
    if button:
        btn = ('<tr><td style="padding:4px 32px 16px 32px"><table role="presentation" cellpadding="0" '
               'cellspacing="0"><tr><td style="background:#ec7211;border-radius:4px">'
               '<a href="mailto:%s?subject=RE:%%5BCASE%%20%s%%5D" style="display:inline-block;'
               'padding:10px 20px;font:bold 14px Arial,sans-serif;color:#ffffff;text-decoration:none">'
               '%s</a></td></tr></table></td></tr>' % (TC_FROM, case, lab[4]))
    return """<!DOCTYPE html>
<html lang="%s"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width">
<style>body{margin:0;padding:0}@media (max-width:620px){.w{width:100%% !important}}</style>
<title>%s</title></head>
<body style="margin:0;padding:0;background:#f2f3f3">
%s<table width="100%%" cellpadding="0" cellspacing="0" role="presentation" style="background:#f2f3f3">
<tr><td align="center" style="padding:24px 8px">
<table class="w" width="620" cellpadding="0" cellspacing="0" role="presentation" style="background:#ffffff;border:1px solid #d5dbdb">
<tr><td style="background:#232f3e;padding:14px 32px;font:bold 15px Arial,sans-serif;color:#ffffff">
<img src="https://d1.awsstatic.com/training-and-certification/email/aws-logo-squid.png" width="40" alt="AWS" style="vertical-align:middle"> &nbsp;Training and Certification &middot; Customer Support</td></tr>
<tr><td style="padding:20px 32px 8px 32px">
<table width="100%%" cellpadding="4" cellspacing="0" role="presentation" style="font:13px Arial,sans-serif;color:#16191f;background:#fafafa;border:1px solid #eaeded">
<tr><td width="110" style="color:#545b64">%s</td><td><b>%s</b></td></tr>
<tr><td style="color:#545b64">%s</td><td>%s</td></tr>
<tr><td style="color:#545b64">%s</td><td>%s</td></tr>
<tr><td style="color:#545b64">%s</td><td>%s</td></tr>
</table></td></tr>
<tr><td style="padding:16px 32px 8px 32px;font:14px/1.5 Arial,sans-serif;color:#16191f">
%s
</td></tr>
%s
%s
<tr><td style="background:#fafafa;padding:16px 32px;font:11px/1.4 Arial,sans-serif;color:#687078">
%s<br><br>Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc.
This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.</td></tr>
</table></td></tr></table>
</body></html>
""" % ("ja" if ja else "en", esc(subject), preheader(pre), lab[0], case, lab[1], esc(subject),
       lab[2], badge(status), lab[3], esc(updated), body_html, btn, hist, lab[6])


def console_text(case, body, subject, reopen_note=True, survey=False):
    url = ("https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en" % case)
    s = ("Hello,\n\nAn update has been added to your AWS Support case %s.\n\n"
         "Subject: %s\n\n---------- Correspondence ----------\n\n%s\n\n"
         "------------------------------------\n\n"
         "To reply or see the full case history, open the case in the AWS Support Center:\n%s\n\n"
         % (case, subject, body.strip(), url))
    if survey:
        s += ("Was this response helpful? Rate it here, it takes under a minute:\n"
              "https://console.aws.amazon.com/support/feedback?displayId=%s&rating=\n\n" % case)
    s += ("This mailbox does not receive e-mail. To answer, use the Support Center link above; "
          "replies sent here are not added to your case.\n")
    if reopen_note:
        s += ("Cases that are resolved can be reopened from the Support Center for 14 days.\n")
    s += ("\nAmazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a "
          "registered trademark of Amazon.com, Inc. This message was produced and distributed "
          "by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210\n")
    return s


def helpdesk_html(brand, color, number, title, status, pre, body_html, history=(),
                  button=None, footer="", logo_alt=None):
    """Generic third-party helpdesk template (Zendesk/Freshdesk-like)."""
    rows = "".join(
        '<tr><td style="padding:10px 0;border-top:1px solid #e6e6e6;font:13px Helvetica,Arial,sans-serif;'
        'color:#555"><b>%s</b> <span style="color:#999">%s</span><div style="margin-top:6px">%s</div>'
        '</td></tr>' % (esc(w), esc(t), h) for w, t, h in history)
    btn = ""
    if button:
        btn = ('<p style="margin:18px 0"><a href="%s" style="background:%s;color:#fff;padding:10px 18px;'
               'border-radius:3px;text-decoration:none;font:bold 14px Helvetica,Arial,sans-serif">%s</a></p>'
               % (button[1], color, esc(button[0])))
    return """<html><head><meta charset="utf-8"></head>
<body style="background:#f5f6f7;margin:0">
%s<div style="max-width:600px;margin:0 auto;background:#fff;padding:0 0 12px 0">
<div style="background:%s;color:#fff;padding:12px 20px;font:bold 16px Helvetica,Arial,sans-serif">%s</div>
<div style="padding:16px 20px;font:14px/1.5 Helvetica,Arial,sans-serif;color:#222">
<div style="font-size:12px;color:#777">%s &nbsp;%s</div>
<h2 style="font-size:18px;margin:6px 0 14px 0">%s</h2>
%s
%s
<table width="100%%" cellpadding="0" cellspacing="0">%s</table>
</div>
<div style="padding:8px 20px;font:11px Helvetica,Arial,sans-serif;color:#999">%s</div>
</div></body></html>
""" % (preheader(pre), color, esc(logo_alt or brand), esc(number), badge(status), esc(title),
       body_html, btn, rows, footer)
