from gen_common import *
from gen_part4 import D_SUBJ
from gen_part6 import console, E_SUBJ

G_SUBJ = "RE:[CASE %s] [AWS Training and Certification Form Submission] - certification" % CASE_G
G_REQ = """Hello Ryota,

Thanks for writing in about recertification. Both certifications on your
account can be renewed in more than one way, and whether the 50% exam
benefit applies depends on which exam you sit, so the answer is different
for each.

Which one do you mean: the Solutions Architect - Associate, which was
extended on April 6, or the Developer - Associate that expires in
November 2026? And the exam you have in mind for it.

Once I know that I can give you the exact options.

Priya
AWS Training and Certification Customer Support"""


def run():
    # 057 Japanese survey for case F
    h = """<html><body><p>桑原 涼太 様</p>
<p>先日は AWS トレーニングと認定 カスタマーサポートをご利用いただきありがとうございました（ケース ID: %s）。</p>
<p>今後のサービス向上のため、担当者の対応についてご評価をお願いいたします。所要時間は1分程度です。</p>
<p><a href="https://survey.aws-tc.amazon.com/r?c=%s&amp;lang=ja">アンケートに回答する</a></p>
<p>※本メールは送信専用です。</p></body></html>""" % (CASE_F, CASE_F)
    raw = build("AWS Training and Certification <aws-tc-feedback@amazon.com>", ME_P, "サポートのご評価をお願いします（ケース %s）" % CASE_F,
                d(2025, 4, 25, 1, 0, 0), html(h, cte="base64"), M("f-survey"), auth=auth_gmail("amazon.com"))
    add(raw, "survey", False, CASE_F, [], "Japanese survey, HTML-only base64.")

    # 058 case D resolved
    txt = """Hi Ryota,

Done: your certification name now reads "Ryota Kuwabara" (family name
KUWABARA), matching your passport. Certificates downloaded from now on will
show it, and Credly will pick up the change within a day.

If you spot the old spelling anywhere else, let me know on this thread.
Otherwise there's nothing more to do, and I'll leave the case resolved.

Chen L.
AWS Training and Certification
"""
    raw = build(TC_FROM, ME_P, D_SUBJ, d(2025, 4, 25, 3, 20, 0), part(txt), M("d-done"),
                irt=M("u-d2", "mail.gmail.com"), refs=M("d-2023") + " " + M("d-req") + " " + M("u-d2", "mail.gmail.com"),
                auth=auth_gmail("amazon.com"))
    add(raw, "resolved", False, CASE_D, [], "Correction done; 'if you spot ... let me know' is conditional.")

    # 059 Credly badge updated
    txt = "Hi Ryota,\n\nThe issuer Amazon Web Services Training and Certification has updated 3 of your badges.\nThe earner name on these badges now reads: Ryota Kuwabara.\n\nView your badges: https://www.credly.com/users/ryota-kuwabara/badges\n\nThe Credly Team\n"
    raw = build("Credly <admin@credly.com>", ME_P, "Your badges have been updated", d(2025, 4, 25, 22, 5, 0),
                part(txt, cte="7bit"), M("credly3", "credly.com"), auth=auth_gmail("credly.com"))
    add(raw, "badge", False, None, [], "Credly badge update following the case D fix.")

    # 060 console case resolved with a feedback footer
    txt = """Hello,

The accommodations team has re-applied the ESL +30 minutes accommodation
to your certification account. It will apply to exams you book from now
on; your May appointment has been updated as well.

I'll mark this case as resolved.

How did we do? Ratings help us improve: rate this reply from the case page
in the Support Center.

Best regards,
Sandeep K.
Amazon Web Services
"""
    raw = console(E_SUBJ, d(2025, 4, 28, 5, 50, 0), "e-done", txt, irt=M("e-upd"), refs=M("e-ack") + " " + M("e-upd"))
    add(raw, "resolved", False, CASE_E, [], "Console resolution with a rating footer (not a separate survey).")

    # 061 case G receipt, minimal, conditional invitation
    txt = """We've received your question (case %s).

An agent will get back to you, usually within a day. If you remember more
details, for example your candidate ID, you may add them by replying to
this message; otherwise nothing is needed.

AWS Training and Certification
""" % CASE_G
    raw = build(TC_FROM, ME_P, "[CASE %s] [AWS Training and Certification Form Submission] - certification" % CASE_G,
                d(2025, 4, 30, 16, 40, 2), part(txt, cte="7bit"), M("g-ack"), auth=auth_gmail("amazon.com"), crlf=True)
    add(raw, "acknowledgement", False, CASE_G, [], "Minimal receipt; 'you may add them' is conditional. CRLF.")

    # 062 Pearson VUE lookalike
    h = """<html><body><p>Dear Candidate,</p><p>Our records show a double charge for your recent AWS exam. To receive your refund of JPY 15,000,
confirm your card details within 24 hours:</p><p><a href="http://pearsonvue-refunds.com/claim">Claim refund</a></p><p>Pearson VUE Billing</p></body></html>"""
    raw = build("Pearson VUE Billing <billing@pearsonvue-refunds.com>", ME_P, "Refund pending for your AWS Certification exam",
                d(2025, 5, 1, 3, 12, 0), html(h), M("phish3", "pearsonvue-refunds.com"),
                auth="mx.google.com;\n       spf=pass smtp.mailfrom=pearsonvue-refunds.com;\n       dkim=none;\n       dmarc=none header.from=pearsonvue-refunds.com")
    add(raw, "suspicious", False, None, [], "Exam-vendor lookalike refund scam.")

    # 063 case G information request without 'please'
    raw = build(TC_FROM, ME_P, G_SUBJ, d(2025, 5, 1, 7, 30, 0), part(G_REQ.replace("50%", "50%") + "\n"), M("g-req"),
                irt=M("g-ack"), refs=M("g-ack"), auth=auth_gmail("amazon.com"))
    add(raw, "info_request", True, CASE_G, [], "Question after an explanation, no 'please', verbless second ask ('And the exam you have in mind').")

    # 064 certmetrics research invitation
    h = """<html><body><p>Hello Ryota,</p><p>AWS Certification wants to hear from you. We are redesigning the certification account pages and
are looking for certified individuals to share their opinion in a 15-minute online study.</p>
<p><a href="https://www.certmetrics.com/amazon/research">Take part</a></p><p>AWS Certification</p></body></html>"""
    raw = build("AWS Certification <do-not-reply@certmetrics.com>", ME_P, "AWS Certification wants to hear from you",
                d(2025, 5, 1, 22, 0, 0), html(h), M("cm3", "certmetrics.com"), auth=auth_gmail("certmetrics.com"))
    add(raw, "certification", False, None, [], "Program research invitation: feedback wording, but not about a support case -> certification, not survey.")

    # 065 owner's answer sent to a mistyped address
    bad = "aws-cs-trainingcertification-from@amazon.com"
    txt = """Hi Priya,

I mean the Developer - Associate (expires November 2026). I'd like to
recertify it by taking DOP-C02 with the 50%% voucher.

Ryota

On Thu, May 1, 2025 at 4:30 PM AWS Training and Certification <%s> wrote:
%s
""" % (TC, quote(G_REQ))
    raw = build(addr(ME_NAME, ME_P), bad, G_SUBJ, d(2025, 5, 2, 8, 44, 0, JST), part(txt), M("u-g1", "mail.gmail.com"),
                irt=M("g-req"), refs=M("g-ack") + " " + M("g-req"))
    add(raw, "user_reply", False, CASE_G, [], "Owner's answer sent to a mistyped support address.")

    # 066 bounce
    txt = """** Address not found **

Your message wasn't delivered to %s because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 <%s>: Recipient address rejected: User unknown
""" % (bad, bad)
    dsn = multi("report; report-type=delivery-status", [
        part(txt, cte="7bit"),
        (b"Content-Type: message/delivery-status\n", ("Reporting-MTA: dns; googlemail.com\n\nFinal-Recipient: rfc822; %s\nAction: failed\nStatus: 5.1.1\n" % bad).encode()),
        (b"Content-Type: text/rfc822-headers\n", ("From: %s\nTo: %s\nSubject: %s\nMessage-ID: %s\n" % (addr(ME_NAME, ME_P), bad, G_SUBJ, M("u-g1", "mail.gmail.com"))).encode())],
        "000000000000d41f2a06341c9b77")
    raw = build("Mail Delivery Subsystem <mailer-daemon@googlemail.com>", ME_P, "Delivery Status Notification (Failure)",
                d(2025, 5, 1, 23, 44, 30), dsn, M("bounce1", "mx.google.com"), irt=M("u-g1", "mail.gmail.com"),
                refs=M("u-g1", "mail.gmail.com"))
    add(raw, "unrelated", False, CASE_G, [], "Bounce of the owner's answer: not support writing; case set to G because it belongs to that thread.")

    # 067 case G closed for no answer, past tense, indirect
    txt = """Hello Ryota,

Since our question of May 1 is still open on our side, this case has now
been set to Resolved. Replying to this message brings it back to us with
everything kept as it is.

Priya
AWS Training and Certification Customer Support
"""
    raw = build(TC_FROM, ME_P, G_SUBJ, d(2025, 5, 7, 7, 31, 0), part(txt), M("g-close"),
                irt=M("g-req"), refs=M("g-ack") + " " + M("g-req"), auth=auth_gmail("amazon.com"))
    add(raw, "closing_notice", True, CASE_G, [], "Past-tense closure for no answer, told indirectly ('our question is still open on our side', 'brings it back').")
