"""Messages 013-024: hold, phishing, hold lifted, confirm, merge, Credly burst."""
from common import *

S = lambda c: "RE:[CASE %s] %s" % (c, SUBJ_TC)

B017 = """Hello Mirei,

Below are the two certification accounts I found for you. Please look them
over carefully.

Account #1
Candidate ID: AWS11904263
Login email: mirei.kanzaki@kumomail.jp
Training notification email: mirei.kanzaki@kumomail.jp
Certification notification email: mirei.kanzaki@kumomail.jp

Account #2
Candidate ID: AWS07731482
Login email: m.kanzaki@sorano-works.co.jp
Training notification email: m.kanzaki@sorano-works.co.jp
Certification notification email: m.kanzaki@sorano-works.co.jp

If I merge them, everything on Account #2 (exam history, certifications,
benefits) moves to Account #1 and Account #2 is closed. A merge cannot be
undone.

Do both accounts belong to you, and is Account #1 the one you want to keep?

Regards,
Daniel K.
AWS Training and Certification Customer Service"""

B018 = """Yes, both accounts are mine. Please keep Account #1 (AWS11904263)
and merge Account #2 into it.

Mirei"""

B019 = """Hello Mirei,

Thanks for confirming. The merge is complete: the exam history,
certifications and benefits from Account #2 now sit on Account #1
(AWS11904263), and you can keep signing in with mirei.kanzaki@kumomail.jp.

Digital badges are re-sent by Credly once the merge has synced, which usually
takes up to 48 hours.

If there is anything else we can help with, feel free to reply to this email.

Best regards,
Daniel K.
AWS Training and Certification Customer Service"""


def credly(key, d, badge, to=ME_P, html_only=False, uuid="3f6c9a2e-8b1d-4e5a-9c07-2d4b6e81f0a3"):
    txt = """Congratulations, Mirei!

Amazon Web Services Training and Certification has issued you a new badge:

  %s

Accept your badge to add it to your profile and share it with your network:
https://www.credly.com/badges/%s/accept

Questions about this badge? Contact the issuer.

Credly, Inc. | 1 World Trade Center, New York, NY 10007
Manage email preferences: https://www.credly.com/earner/settings/notifications""" % (badge, uuid)
    htm = ("<html><body style=\"font-family:Helvetica,Arial\"><table width=\"600\" align=\"center\">"
           "<tr><td><img src=\"https://images.credly.com/logo.png\" alt=\"Credly\"></td></tr>"
           "<tr><td><h1>Congratulations, Mirei!</h1><p>Amazon Web Services Training and Certification "
           "has issued you a new badge:</p><p><b>%s</b></p><p><a href=\"https://www.credly.com/badges/%s/accept\" "
           "style=\"background:#ff6b00;color:#fff;padding:10px 18px\">Accept badge</a></p>"
           "<p style=\"font-size:11px;color:#888\">Credly, Inc. | 1 World Trade Center, New York, NY 10007</p>"
           "</td></tr></table></body></html>") % (badge, uuid)
    body = html(htm) if html_only else alt(key, plain(txt), html(htm))
    tr = ([("Authentication-Results", ar_sorano("mail.credly.com", "credly.com"))] if to == ME_C else
          [("Received", recv_kumo(d, "o7.mail.credly.com", "167.89.101.%d" % (len(key) * 7))),
           ("Authentication-Results", ar_kumo("credly.com", "mail.credly.com", "credly.com", policy="NONE"))])
    return mail(d.astimezone(UTC), addr("Credly", "admin@credly.com"), to,
                "Amazon Web Services Training and Certification has issued you a badge", body,
                mid_gen(key, "mail.credly.com"), trace=tr)


def messages():
    out = []

    # 013 hold, nothing asked (HTML only, base64)
    d = t(2025, 3, 17, 11, 20).astimezone(PDT)
    htm = """<html><body><div style="font-family:Arial;font-size:14px">
<p>Hello Mirei,</p>
<p>Thank you for confirming from your personal address. My colleague Priya has
handed your case over to me.</p>
<p>I have written to the partner administrator registered for Sorano Works Inc.
in AWS Partner Central and asked them to release your certification record so
that it can be moved to your personal account. Until they respond, your case
stays on hold. This usually takes two to five business days.</p>
<p>You don't need to do anything in the meantime. I'll write again as soon as I
hear back from the partner.</p>
<p>Kind regards,<br>Daniel K.<br>AWS Training and Certification Customer Service</p>
</div></body></html>"""
    eml = mail(d, TC_FROM, ME_P, S(CASE_A), html(htm, cte="base64"), mid_ses("013"),
               irt=mid_kumo("012"), refs=[mid_ses("011"), mid_kumo("012")], trace=ses_inbound(d))
    out.append(rec(d, eml, "on_hold", False, CASE_A, [],
                   "Hold while the APN partner admin is asked to release the record",
                   "hold with nothing asked; HTML only, base64"))

    # 014 phishing, lookalike domain
    d = t(2025, 3, 18, 7, 45)
    htm = """<html><body style="font-family:Arial">
<p><b>Amazon Web Services Training and Certification</b></p>
<p>Dear Customer,</p>
<p>Your account merge request (Case 5521904873) is pending <b>identity verification</b>.
Requests not verified within 24 hours are cancelled and the source account is locked.</p>
<p><a href="https://amazon-certsupport.com/verify?c=5521904873&u=mirei.kanzaki">Verify my identity</a></p>
<p>Please have your AWS Builder ID password and the one-time code ready.</p>
<p>AWS Training and Certification Support Team</p></body></html>"""
    eml = mail(d.astimezone(UTC), addr("AWS Training & Certification", "support@amazon-certsupport.com"), ME_P,
               "[CASE 5521904873] Action required: verify your account merge request", html(htm),
               mid_gen("014", "amazon-certsupport.com"),
               trace=[("Received", recv_kumo(d, "vps-21877.hostlane.net", "185.213.22.77")),
                      ("Authentication-Results", ar_kumo("amazon-certsupport.com", "amazon-certsupport.com",
                                                         "amazon-certsupport.com", policy="NONE"))])
    out.append(rec(d, eml, "suspicious", False, None, [],
                   "Phishing from a lookalike domain, asks to 'verify' the merge with a password",
                   "passes DKIM/DMARC, but for a lookalike domain; invented case number"))

    # 015 Partner Central notice to the company address
    d = t(2025, 3, 19, 9, 10)
    txt = """Hello,

Your user m.kanzaki@sorano-works.co.jp has been removed from the AWS Partner
Central account of Sorano Works Inc. by your alliance lead.

Certification records are no longer shared between your AWS Certification
account and this partner. If you think this was done by mistake, contact your
alliance lead.

AWS Partner Network"""
    eml = mail(d.astimezone(UTC), addr("AWS Partner Network", "apn-no-reply@amazon.com"), ME_C,
               "AWS Partner Central: your user was removed from Sorano Works Inc.",
               plain(txt, cte="7bit"), mid_ses("015"), trace=ses_inbound(d, to=ME_C))
    out.append(rec(d, eml, "unrelated", False, None, [],
                   "Partner Central: user removed from the partner organisation",
                   "AWS and on topic for the hold, but not support mail"))

    # 016 hold lifted
    d = t(2025, 3, 19, 14, 55).astimezone(PDT)
    txt = """Hello Mirei,

Good news: the Sorano Works partner administrator has released your
certification record, so the hold on your case is lifted.

I'm now preparing the merge. In my next message I'll list both accounts so you
can check them before anything is moved.

Kind regards,
Daniel K.
AWS Training and Certification Customer Service"""
    eml = mail(d, TC_FROM, ME_P, S(CASE_A), plain(txt), mid_ses("016"), irt=mid_ses("013"),
               refs=[mid_ses("013")], trace=ses_inbound(d))
    out.append(rec(d, eml, "case_update", False, CASE_A, [],
                   "Hold lifted; support announces it will send the accounts to check",
                   "announces a future request; nothing to answer yet"))

    # 017 confirmation request
    d = t(2025, 3, 20, 9, 32).astimezone(PDT)
    eml = mail(d, TC_FROM, ME_P, S(CASE_A), plain(B017, cte="7bit"), mid_ses("017"),
               irt=mid_ses("016"), refs=[mid_ses("013"), mid_ses("016")], trace=ses_inbound(d))
    out.append(rec(d, eml, "confirmation_request", True, CASE_A, ["AWS11904263", "AWS07731482"],
                   "Account #1 / Account #2 listing, asks whether to keep Account #1",
                   "plain, LF, two questions in one sentence"))

    # 018 owner confirms
    d = t(2025, 3, 20, 12, 48)
    q = "\n\nOn Thu, Mar 20, 2025 at 9:32, Amazon Web Services <%s> wrote:\n%s" % (TC, quote(B017))
    eml = mail(d, addr(ME_NAME, ME_P), TC, "Re: " + S(CASE_A), plain(B018 + q), mid_kumo("018"),
               irt=mid_ses("017"), refs=[mid_ses("016"), mid_ses("017")],
               extra=[("User-Agent", "KumoMail Web 5.2")])
    out.append(rec(d, eml, "user_reply", False, CASE_A, ["AWS11904263"],
                   "Owner confirms: keep Account #1, merge Account #2 into it",
                   "own text names one ID; the quoted listing has both"))

    # 019 merged (quotes the confirmation request)
    d = t(2025, 3, 20, 16, 5).astimezone(PDT)
    q = ("\n\n-----Original Message-----\nFrom: %s\nSent: 2025-03-20 03:48 UTC\n\n%s\n\n"
         "-----Original Message-----\nFrom: Amazon Web Services\nSent: 2025-03-20 00:32 UTC\n\n%s"
         % (ME_P, B018, B017))
    htm = "<html><body><div>%s</div><blockquote>%s</blockquote></body></html>" % (
        B019.replace("\n\n", "</p><p>").replace("\n", " "), q.replace("\n", "<br>"))
    eml = mail(d, TC_FROM, ME_P, S(CASE_A), alt("019", plain(B019 + q), html(htm)), mid_ses("019"),
               irt=mid_kumo("018"), refs=[mid_ses("017"), mid_kumo("018")], trace=ses_inbound(d))
    out.append(rec(d, eml, "resolved", False, CASE_A, ["AWS11904263"],
                   "'The merge is complete', quotes the whole exchange",
                   "quoted history contains the confirmation request; closing line is an open invitation"))

    # 020 / 021 Credly burst
    d = t(2025, 3, 20, 16, 9)
    out.append(rec(d, credly("020", d, "AWS Certified Solutions Architect - Associate"), "badge", False,
                   None, [], "Credly: SAA badge issued minutes after the merge", "arrives with the merge mail"))
    d = t(2025, 3, 20, 16, 10)
    out.append(rec(d, credly("021", d, "AWS Certified Developer - Associate", html_only=True,
                             uuid="a81d5e07-2c94-4b3f-8e11-6f0d92c4b7a5"), "badge", False, None, [],
                   "Credly: DVA badge issued, HTML only", "same minute as the previous badge"))

    # 022 survey for case A
    d = t(2025, 3, 21, 10, 0)
    txt = """Hello,

Your recent case %s with AWS Training and Certification has been resolved.
We'd like to know how we did. The survey takes about two minutes.

How satisfied were you with the support you received?
https://survey.aws-tc-feedback.amazon.com/s/%s?r=5  (Very satisfied)
https://survey.aws-tc-feedback.amazon.com/s/%s?r=1  (Very dissatisfied)

Your answers are anonymous and help us improve.

AWS Training and Certification""" % (CASE_A, hx("022", 10), hx("022", 10))
    eml = mail(d.astimezone(UTC), addr("AWS Training and Certification", "aws-tc-survey@amazon.com"), ME_P,
               "Tell us about your recent support experience (Case %s)" % CASE_A, plain(txt, cte="7bit"),
               mid_ses("022"), trace=ses_inbound(d))
    out.append(rec(d, eml, "survey", False, CASE_A, [], "Satisfaction survey for case A",
                   "asks for a rating; arrives before the follow-ups reopen the case"))

    # 023 owner forwards the merge confirmation to the new employer address
    d = t(2025, 3, 21, 18, 20)
    own = """4月からの参照用に転送します。統合完了の連絡です。

神崎"""
    fwd = ("\n\n---------- Forwarded message ---------\nFrom: Amazon Web Services <%s>\nDate: Thu, Mar 20, "
           "2025 at 16:05\nSubject: %s\nTo: <%s>\n\n%s" % (TC, S(CASE_A), ME_P, B019))
    eml = mail(d, addr("神崎 美玲", ME_P), "m.kanzaki@tidewater-analytics.jp", "Fwd: " + S(CASE_A),
               plain(own + fwd, cte="base64"), mid_kumo("023"),
               extra=[("User-Agent", "KumoMail Web 5.2")])
    out.append(rec(d, eml, "user_reply", False, CASE_A, [],
                   "Owner forwards the merge mail to her next employer's address",
                   "forward of a resolution, Japanese note, base64; IDs only in the forwarded part"))

    # 024 colleague about merge requests
    d = t(2025, 3, 24, 11, 0)
    body = """神崎さん

井上です。引き継ぎの件で1点だけ。

infra-templates リポジトリに神崎さん作成のマージリクエストが3件残っています。
退職前にマージしてしまうか、クローズするか判断をお願いできますか。
今週中に返事をもらえると助かります。

井上"""
    eml = mail(d, addr("井上 航", "w.inoue@sorano-works.co.jp"), ME_C, "Re: 引き継ぎ資料(マージリクエストの扱い)",
               plain(body), mid_outlook("024"), irt=mid_outlook("024p"), refs=[mid_outlook("024p")])
    out.append(rec(d, eml, "unrelated", False, None, [],
                   "Colleague asks what to do with three open merge requests",
                   "'merge' and a request to answer, from a colleague"))
    return out
