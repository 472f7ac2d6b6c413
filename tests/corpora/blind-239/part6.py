"""Messages 061-072: Educate case, last badge, console voucher case, name-case reopen."""
from common import *
from part5 import J058, SC

S = lambda c: "RE:[CASE %s] %s" % (c, SUBJ_TC)
SD = "50% exam voucher missing after certification account merge"

B067 = """Hello,

Thank you for contacting AWS Training and Certification. My name is Marcus and
I'll be helping you with your voucher.

I can see the merged record under candidate ID AWS11904263. Benefits are tied
to the exam that earned them, and after a merge they sometimes fail to carry
over when the original exam sat on a record that was merged later. I'd like to
restore the right one.

Which exam did you pass that earned the 50% discount, and roughly when was the
benefit issued? A copy of the benefit code, if you noted it before the merge,
would also help.

Your feedback helps us improve: you can rate this reply with the stars next to
it in the Support Center.

Best regards,
Marcus L.
Amazon Web Services"""

B068 = """Hello Marcus,

The benefit came from AWS Certified Developer - Associate, which I passed on
2025-02-07. I'm afraid I didn't write down the code.

Mirei Kanzaki"""

J070 = """高橋様

先日はありがとうございました。
本日、認定証の PDF をダウンロードしたところ、まだ「Mirei Kanazaki」と表示されて
いました(Credly のバッジは正しい表記に更新されています)。
お手数ですが、ケースを再開してご確認いただけますでしょうか。

神崎 美玲"""

B071 = """Hello Mirei,

I'm Ji-woo, from the same team as Sayaka, who is out of the office this week.
I've reopened your case.

Certificate PDFs are regenerated overnight, and the one you downloaded was
probably produced before the name change went through. I've requested a fresh
certificate for all of your active certifications.

Tomorrow, could you download the certificate again from the Certifications
page and tell me whether the name now reads Mirei Kanzaki?

Kind regards,
Ji-woo P.
AWS Training and Certification Customer Service"""


def console(d, key, subject, body, case, irt=None):
    return mail(d, addr("Amazon Web Services", NOREPLY), ME_P, subject, plain(body + CONSOLE_FOOTER % case),
                mid_ses(key), irt=irt, refs=[irt] if irt else None, trace=ses_inbound(d))


def messages():
    out = []

    # 061 AWS Educate form case asking a question
    d = t(2025, 4, 17, 15, 0).astimezone(PDT)
    txt = """Hello Mirei,

Thank you for applying to volunteer as an AWS Educate educator.

To confirm your eligibility, could you send us the name of the institution
where you teach and a link to the course page? You can reply directly to this
email.

Regards,
Hannah
AWS Educate Support"""
    eml = mail(d, addr("Amazon Web Services", "aws-cs-educate-form@amazon.com"), ME_P,
               "RE:[CASE %s] [AWS Educate Form Submission] - educator-access" % CASE_EDU, plain(txt, cte="7bit"),
               mid_ses("061"), trace=ses_inbound(d))
    out.append(rec(d, eml, "unrelated", False, CASE_EDU, [],
                   "AWS Educate form case asks for the institution name",
                   "same sender family and subject shape, a direct question, but another AWS programme"))

    # 062 Credly: badge moved to the personal profile
    d = t(2025, 4, 18, 13, 0)
    htm = """<html><body style="font-family:Helvetica,Arial"><table width="600" align="center"><tr><td>
<h2>A badge has been moved to your account</h2>
<p>Hi Mirei,</p>
<p>At the request of its issuer, Amazon Web Services Training and Certification, the badge
<b>AWS Certified Security - Specialty</b> has been transferred to your Credly profile
(mirei.kanzaki@kumomail.jp).</p>
<p><a href="https://www.credly.com/earner/earned">View your badges</a></p>
<p style="font-size:11px;color:#888">Credly, Inc. | 1 World Trade Center, New York, NY 10007</p>
</td></tr></table></body></html>"""
    eml = mail(d.astimezone(UTC), addr("Credly", "admin@credly.com"), ME_P, "A badge has been moved to your account",
               html(htm, cte="base64"), mid_gen("062", "mail.credly.com"),
               trace=[("Received", recv_kumo(d, "o7.mail.credly.com", "167.89.101.14")),
                      ("Authentication-Results", ar_kumo("credly.com", "mail.credly.com", "credly.com", policy="NONE"))])
    out.append(rec(d, eml, "badge", False, None, [], "Credly: Security badge transferred",
                   "arrives 40 minutes before support's closing mail"))

    # 063 everything done, case closed
    d = t(2025, 4, 18, 13, 40).astimezone(GMT1)
    own = """Hi Mirei,

Credly has completed the transfer: the Security - Specialty badge now appears
on your profile under mirei.kanzaki@kumomail.jp.

With that, everything on this case is done: both extra accounts merged, the SAP
exam restored, all four badges on your personal Credly profile, and the name
correction handled separately under case 14928305172. I'm closing the case now.
No further action is required on your part.

Thanks for your patience through all of this!

Aoife M.
AWS Training and Certification Customer Service"""
    from part5 import B049, B051
    q = ("\n\n-----Original Message-----\nFrom: %s\nSent: 2025-04-09 23:40 UTC\n\n%s\n\n"
         "-----Original Message-----\nFrom: Amazon Web Services\nSent: 2025-04-09 05:00 UTC\n\n%s"
         % (ME_P, B051, B049))
    eml = mail(d, TC_FROM, ME_P, S(CASE_A), plain(own + q), mid_ses("063"), irt=mid_ses("053"),
               refs=[mid_ses("049"), mid_kumo("051"), mid_ses("053")], trace=ses_inbound(d))
    out.append(rec(d, eml, "resolved", False, CASE_A, [],
                   "Last badge moved; case A closed, everything done",
                   "'closing the case' because it is done, not for silence; quoted question below"))

    # 064 second survey for case A (HTML)
    d = t(2025, 4, 19, 10, 0)
    cells = "".join("<td><a href=\"https://survey.aws-tc-feedback.amazon.com/s/%s?nps=%d\">%d</a></td>"
                    % (hx("064", 10), i, i) for i in range(11))
    htm = ("<html><body><p>Hello,</p><p>Case %s was closed recently. One quick question:</p>"
           "<p><b>How likely are you to recommend AWS Training and Certification support to a colleague?</b></p>"
           "<table><tr>%s</tr></table><p>Thank you,<br>AWS Training and Certification</p></body></html>"
           % (CASE_A, cells))
    eml = mail(d.astimezone(UTC), addr("AWS Training and Certification", "aws-tc-survey@amazon.com"), ME_P,
               "One question about case %s" % CASE_A, html(htm), mid_ses("064"), trace=ses_inbound(d))
    out.append(rec(d, eml, "survey", False, CASE_A, [], "One-question NPS survey for case A, HTML only",
                   "a direct question to the owner, but a survey"))

    # 065 console case opened
    d = t(2025, 4, 20, 10, 10).astimezone(PDT)
    txt = """Dear AWS customer,

We have received your request and opened case %s.

Case ID: %s
Subject: %s
Severity: General guidance
Correspondence: After my certification accounts were merged (case
%s), the 50%% exam discount benefit that was on my old account
(candidate ID AWS07731482) no longer appears on my Benefits page.

A member of our team will respond as soon as possible.""" % (CASE_D, CASE_D, SD, CASE_A)
    eml = console(d, "065", "Amazon Web Services: New Support case: %s" % CASE_D, txt, CASE_D)
    out.append(rec(d, eml, "acknowledgement", False, CASE_D, ["AWS07731482"],
                   "Support Center (console) case opened about a missing voucher",
                   "console case: footer says the address cannot receive mail; echoes another case number"))

    # 066 console quota case (not T&C)
    d = t(2025, 4, 21, 9, 0).astimezone(PDT)
    txt = """Hello,

Thank you for your service quota request.

Before we proceed, could you confirm the Region where you need the increase and
the instance family you plan to use? We'll continue as soon as we have these
details.

Best regards,
Yusuf K.
Amazon Web Services"""
    eml = console(d, "066", "RE:[CASE %s] Limit Increase: EC2 Instances" % CASE_QUOTA, txt, CASE_QUOTA)
    out.append(rec(d, eml, "unrelated", False, CASE_QUOTA, [],
                   "Console case about an EC2 quota asks for the Region",
                   "same sender and footer as the voucher case, a real question, but not Training and Certification"))

    # 067 console info request
    d = t(2025, 4, 21, 15, 20).astimezone(PDT)
    eml = console(d, "067", "RE:[CASE %s] %s" % (CASE_D, SD), B067, CASE_D, irt=mid_ses("065"))
    out.append(rec(d, eml, "info_request", True, CASE_D, ["AWS11904263"],
                   "Console agent asks which exam earned the voucher; answer in the Support Center",
                   "must be answered in the console, not by mail; rating footer looks like a survey"))

    # 068 owner answers by e-mail to the no-reply address (mistake)
    d = t(2025, 4, 22, 8, 30)
    q = "\n\nOn Mon, Apr 21, 2025 at 15:20, Amazon Web Services <%s> wrote:\n%s" % (NOREPLY, quote(B067))
    eml = mail(d, addr(ME_NAME, ME_P), NOREPLY, "Re: RE:[CASE %s] %s" % (CASE_D, SD), plain(B068 + q),
               mid_kumo("068"), irt=mid_ses("067"), refs=[mid_ses("065"), mid_ses("067")],
               extra=[("User-Agent", "KumoMail Web 5.2")])
    out.append(rec(d, eml, "user_reply", False, CASE_D, [],
                   "Owner answers the console case by e-mail to the no-reply address",
                   "reply that cannot reach the case"))

    # 069 bounce
    d = t(2025, 4, 22, 8, 31)
    rep = """This is the mail system at host mx2.kumomail.jp.

I'm sorry to have to inform you that your message could not be delivered to
one or more recipients.

<no-reply-aws@amazon.com>: host amazon-smtp.amazon.com[52.94.124.0] said:
    550 5.1.1 This mailbox does not accept incoming mail (in reply to RCPT TO
    command)"""
    dsn = """Reporting-MTA: dns; mx2.kumomail.jp
Arrival-Date: %s

Final-Recipient: rfc822; no-reply-aws@amazon.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 This mailbox does not accept incoming mail""" % format_datetime(d)
    hdrs = """From: Mirei Kanzaki <%s>
To: %s
Subject: Re: RE:[CASE %s] %s
Message-ID: %s
Date: %s""" % (ME_P, NOREPLY, CASE_D, SD, mid_kumo("068"), format_datetime(t(2025, 4, 22, 8, 30)))
    body = Multi("report", [plain(rep, "us-ascii", "7bit"), Part("message/delivery-status", dsn, None),
                            Part("text/rfc822-headers", hdrs, None)], "069")
    eml = mail(d, addr("Mail Delivery System", "MAILER-DAEMON@kumomail.jp"), ME_P,
               "Undelivered Mail Returned to Sender", body, mid_gen("069", "mx2.kumomail.jp"),
               extra=[("Auto-Submitted", "auto-replied")])
    eml = eml.replace(b"multipart/report;", b"multipart/report; report-type=delivery-status;", 1)
    out.append(rec(d, eml, "unrelated", False, CASE_D, [],
                   "Bounce of the owner's e-mail reply to no-reply-aws",
                   "delivery failure for a case reply; the case is still waiting, but this is not support writing"))

    # 070 owner asks to reopen the name case (Japanese)
    d = t(2025, 4, 22, 22, 0)
    q = "\n\n2025年4月16日(水) 11:30 Amazon Web Services <%s>:\n\n%s" % (TC, quote(J058))
    eml = mail(d, addr("神崎 美玲", ME_P), TC, "Re: RE:[CASE %s] %s" % (CASE_C, SC), plain(J070 + q, cte="base64"),
               mid_kumo("070"), irt=mid_ses("058"), refs=[mid_ses("056"), mid_kumo("057"), mid_ses("058")],
               extra=[("User-Agent", "KumoMail Web 5.2")])
    out.append(rec(d, eml, "user_reply", False, CASE_C, [],
                   "Owner asks to reopen: the PDF still shows the old name",
                   "owner's keigo question; quoted resolution holds a candidate ID"))

    # 071 reopened, asks for a check
    d = t(2025, 4, 23, 10, 15).astimezone(PDT)
    eml = mail(d, TC_FROM, ME_P, "RE:[CASE %s] %s" % (CASE_C, SC), alt("071", plain(B071),
               html("<html><body><p>%s</p></body></html>" % B071.replace("\n\n", "</p><p>"))),
               mid_ses("071"), irt=mid_kumo("070"), refs=[mid_ses("058"), mid_kumo("070")], trace=ses_inbound(d))
    out.append(rec(d, eml, "info_request", True, CASE_C, [],
                   "Case reopened by a new agent; asks the owner to re-download and report the name",
                   "opens like a progress update; the ask (a check reported back) is in the last paragraph"))

    # 072 console: will auto-resolve
    d = t(2025, 4, 24, 9, 0).astimezone(PDT)
    txt = """Hello,

We haven't heard back from you regarding case %s since our last
correspondence. If we don't receive your reply, this case will be resolved
automatically in 3 days.

To keep the case open, reply through the AWS Support Center using the link
below. Replies sent to this e-mail address are not added to the case.""" % CASE_D
    eml = console(d, "072", "RE:[CASE %s] %s" % (CASE_D, SD), txt, CASE_D, irt=mid_ses("067"))
    out.append(rec(d, eml, "closing_notice", True, CASE_D, [],
                   "Console case will auto-resolve in 3 days; reply in the Support Center",
                   "the owner did answer, by e-mail, which never arrived; the reply must go through the console"))
    return out
