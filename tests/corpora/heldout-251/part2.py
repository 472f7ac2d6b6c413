"""Messages 014-026: 12-18 March 2025 (case A reaches the merge)."""
from common import *
from part1 import ID_A_ACK, ID_A_HOLD, ID_A_R1, ID_A_HOLD2, A_SUBJ, MX_CO

ID_A_LIFT = mid("a-lift")
ID_A_CONF = mid("a-conf")
ID_A_CLOSE = mid("a-close")
ID_A_R2 = mid("a-user-r2", "orizuru-sys.co.jp")
ID_A_ADDR = mid("a-addr")
ID_A_R3 = mid("a-user-r3", "kumori-mail.jp")
ID_A_DONE = mid("a-done")
REFS = [ID_A_ACK, ID_A_HOLD, ID_A_R1, ID_A_HOLD2]

CONF_TXT = """Hello Haruka,

Good news: the partner release has gone through, and I am now able to prepare
the merge. Before anything is moved, please look over the two accounts we found:

Account #1 (will be kept)
  Candidate ID: %s
  Login email: haruka.tsujimoto@kumori-mail.jp
  Training notification email: haruka.tsujimoto@kumori-mail.jp
  Certification notification email: haruka.tsujimoto@kumori-mail.jp

Account #2 (will be merged and closed)
  Candidate ID: %s
  Login email: h.tsujimoto@orizuru-sys.co.jp
  Training notification email: h.tsujimoto@orizuru-sys.co.jp
  Certification notification email: h.tsujimoto@orizuru-sys.co.jp

If both accounts are yours and Account #1 is the one you want to keep, just
reply to confirm and we will carry out the merge. A merge cannot be undone.

Kind regards,
Tomasz W.
AWS Training and Certification Customer Support
""" % (CID_NEW, CID_OLD)

ROW = "<tr><td style=\"border:1px solid #ccc;padding:4px\">%s</td><td style=\"border:1px solid #ccc;padding:4px\">%s</td></tr>"


def acct_table(n, note, cid, email):
    rows = [ROW % ("Candidate ID", cid)] + [ROW % (k, email) for k in
            ("Login email", "Training notification email", "Certification notification email")]
    return ("<p><b>Account #%d</b> (%s)</p><table style=\"border-collapse:collapse\">%s</table>"
            % (n, note, "".join(rows)))


CONF_HTML = """<html><body style="font-family:Calibri,Arial,sans-serif">
<p>Hello Haruka,</p>
<p>Good news: the partner release has gone through, and I am now able to prepare
the merge. Before anything is moved, please look over the two accounts we found:</p>
%s
%s
<p>If both accounts are yours and Account #1 is the one you want to keep, just
reply to confirm and we will carry out the merge. A merge cannot be undone.</p>
<p>Kind regards,<br>Tomasz W.<br>AWS Training and Certification Customer Support</p>
</body></html>
""" % (acct_table(1, "will be kept", CID_NEW, P), acct_table(2, "will be merged and closed", CID_OLD, C))


def msgs():
    out = []

    # 014 CertMetrics program survey (certification, not a case survey)
    cm = """<html><body style="font-family:Helvetica,Arial">
<p>Hello Haruka,</p>
<p>You recently earned or renewed an AWS Certification, and we would like to hear
about your experience with the exam, the registration process and the benefits
portal. The questionnaire takes about 8 minutes.</p>
<p><a href="https://www.certmetrics.com/amazon/survey/launch.aspx?s=7Q2KX">Start the survey</a></p>
<p>Your answers help AWS Certification improve future exams.</p>
<p style="font-size:11px;color:#888">AWS Certification | You received this mail
because you hold an AWS Certification. Manage e-mail preferences in your
certification account.</p></body></html>
"""
    out.append(M("certification", False, None, [],
                 "CertMetrics 'wants to hear from you' questionnaire about the certification program, not about a support case (so not a survey).",
                 plain_in("Wed, 12 Mar 2025 15:00:02 +0000", "cm-survey",
                          "AWS Certification <do-not-reply@certmetrics.com>", C,
                          "AWS Certification wants to hear from you",
                          html(cm), domain="certmetrics.com", mx=MX_CO)))

    # 015 hold lifted
    lift = """Hello Haruka,

A quick update: Orizuru Systems' alliance team has approved the release, so the
hold on your case has been lifted. I have handed the case to our account team,
who will prepare the merge and write to you with the details shortly.

Best regards,
Marisol D.
AWS Training and Certification Customer Support
"""
    out.append(M("case_update", False, CASE_A, [],
                 "Hold lifted and case handed on; promises the next mail but asks nothing.",
                 aws_in("Wed, 12 Mar 2025 22:10:31 +0000", "a-lift", TC, P, A_SUBJ,
                        text(lift, cte="7bit", charset="us-ascii"), irt=ID_A_HOLD2,
                        refs=" ".join(REFS + [ID_A_HOLD2]))))

    # 016 confirmation request (multipart, table)
    out.append(M("confirmation_request", True, CASE_A, [CID_NEW, CID_OLD],
                 "Account #1 / #2 listing in an HTML table plus text; the ask is 'just reply to confirm', phrased without please; Cc to the company address.",
                 aws_in("Thu, 13 Mar 2025 01:47:16 +0000", "a-conf", TC, P, A_SUBJ,
                        alt(CONF_TXT, CONF_HTML, "a-conf"), cc=C, irt=ID_A_LIFT,
                        refs=" ".join(REFS + [ID_A_LIFT]))))

    # 017 Skill Builder receipt
    sb = """<html><body><h2>Thanks for your order</h2>
<p>Order number: SB-20250313-77410</p>
<table><tr><td>AWS Skill Builder Individual subscription (monthly)</td><td>USD 29.00</td></tr>
<tr><td>Tax</td><td>USD 2.90</td></tr><tr><td><b>Total</b></td><td><b>USD 31.90</b></td></tr></table>
<p>Your subscription renews on 13 April 2025. Manage it under Account &gt; Subscriptions.</p>
<p>AWS Training and Certification</p></body></html>
"""
    out.append(M("unrelated", False, None, [],
                 "Skill Builder subscription receipt from aws.training; AWS T&C branding but no case.",
                 plain_in("Thu, 13 Mar 2025 04:20:44 +0000", "sb-receipt",
                          "AWS Training and Certification <no-reply@aws.training>", P,
                          "Your AWS Skill Builder receipt", html(sb, cte="base64"),
                          domain="aws.training")))

    # 018 newsletter
    nl = """CLOUD WEEKLY JP  #211
-------------------------------
* How one team merged 14 AWS accounts into an Organization in a weekend
* Certification corner: what changed in the SAA exam guide
* Case study: cutting NAT gateway costs by 60%

Reply to this mail if you have a topic you'd like us to cover!

Unsubscribe: https://cloudweekly.example.jp/u/4f1c
"""
    out.append(M("unrelated", False, None, [],
                 "Newsletter with 'merged', 'certification', 'case study' and a reply invitation.",
                 plain_in("Fri, 14 Mar 2025 07:00:00 +0900", "nl211",
                          "Cloud Weekly JP <newsletter@cloudweekly.example.jp>", P,
                          "Cloud Weekly JP #211: account merges, exam guide changes",
                          text(nl, charset="us-ascii", cte="7bit"), domain="cloudweekly.example.jp",
                          extra=[("List-Unsubscribe", "<https://cloudweekly.example.jp/u/4f1c>")])))

    # 019 closing notice top-posted over the confirmation request (Outlook style)
    close = """Hello Haruka,

We haven't heard from you since my message of 13 March asking you to confirm
the merge. If there is no reply within 3 business days, this case will be
closed automatically. Replying to this e-mail keeps it open.

Kind regards,
Tomasz W.
AWS Training and Certification Customer Support

-----Original Message-----
From: %s
Sent: Thursday, March 13, 2025 1:47 AM
To: %s
Cc: %s
Subject: %s

%s""" % (TC, P, C, A_SUBJ, CONF_TXT)
    out.append(M("closing_notice", True, CASE_A, [],
                 "Closing notice top-posted over the whole confirmation request (candidate IDs only in the quote).",
                 aws_in("Sun, 16 Mar 2025 02:05:51 +0000", "a-close", TC, P, A_SUBJ,
                        text(close), cc=C, irt=ID_A_CONF, refs=" ".join(REFS + [ID_A_LIFT, ID_A_CONF]))))

    # 020 owner confirms from the company address (Japanese Outlook header block)
    r2 = """Hello Tomasz,

Confirmed. Both accounts are mine; please merge Account #2 into Account #1.

Haruka Tsujimoto

差出人: aws-cs-trainingcertification-form@amazon.com
送信日時: 2025年3月16日 11:05
宛先: haruka.tsujimoto@kumori-mail.jp
CC: h.tsujimoto@orizuru-sys.co.jp
件名: %s

Hello Haruka,

We haven't heard from you since my message of 13 March asking you to confirm
the merge. If there is no reply within 3 business days, this case will be
closed automatically. Replying to this e-mail keeps it open.
""" % A_SUBJ
    out.append(M("user_reply", False, CASE_A, [],
                 "Owner's confirmation, but sent from the company address with a Japanese Outlook header block; Cc the manager.",
                 mine("Sun, 16 Mar 2025 18:32:10 +0900", "a-user-r2", who(ME_NAME, C), TC, A_SUBJ,
                      text(r2, cte="base64"), cc="y.hanabusa@orizuru-sys.co.jp",
                      irt=ID_A_CLOSE, agent="Microsoft Outlook 16.0", domain="orizuru-sys.co.jp",
                      crlf=True)))

    # 021 manager's out-of-office reply
    ooo = """花房は3月14日から3月23日まで休暇のため不在にしております。
急ぎのご用件は cloud-platform@orizuru-sys.co.jp までご連絡ください。

I am on leave from 14 to 23 March with limited access to e-mail.
For anything urgent, please write to cloud-platform@orizuru-sys.co.jp.
"""
    out.append(M("unrelated", False, CASE_A, [],
                 "Manager's bilingual out-of-office auto-reply carrying the case subject; not from support.",
                 plain_in("Sun, 16 Mar 2025 18:32:14 +0900", "ooo-hanabusa",
                          who("花房 裕介", "y.hanabusa@orizuru-sys.co.jp", "iso-2022-jp"), C,
                          subj("自動応答: " + A_SUBJ, "iso-2022-jp"),
                          text(ooo), domain="orizuru-sys.co.jp", mx=MX_CO, irt=ID_A_R2,
                          extra=[("Auto-Submitted", "auto-replied"),
                                 ("X-Auto-Response-Suppress", "All")])))

    # 022 write from the address on file (info request, to the company address)
    addr = """Hello Haruka,

Thank you for the confirmation. For the security of your certification
records, we can only act on merge instructions that come from the email address
that will remain on file, which in this case is haruka.tsujimoto@kumori-mail.jp.

Would you reply to this message from that mailbox with the same confirmation?
As soon as it arrives, we will complete the merge.

Kind regards,
Tomasz W.
AWS Training and Certification Customer Support

> Confirmed. Both accounts are mine; please merge Account #2 into Account #1.
"""
    out.append(M("info_request", True, CASE_A, [],
                 "Support asks the owner to resend the confirmation from the personal address; sent to the company address; the ask is a question ('Would you reply...?').",
                 aws_in("Mon, 17 Mar 2025 00:58:27 +0000", "a-addr", TC, C, A_SUBJ,
                        text(addr), irt=ID_A_R2, mx=MX_CO,
                        refs=" ".join(REFS + [ID_A_CONF, ID_A_CLOSE, ID_A_R2]))))

    # 023 owner re-confirms from the personal address
    r3 = """Hello Tomasz,

Sending this from my personal address as requested.

I confirm that both accounts belong to me. Please merge Account #2 (%s)
into Account #1 (%s) and keep haruka.tsujimoto@kumori-mail.jp.

Thank you,
Haruka

On Mon, 17 Mar 2025 at 09:58, <%s> wrote:
%s
""" % (CID_OLD, CID_NEW, TC, quote(addr))
    out.append(M("user_reply", False, CASE_A, [CID_OLD, CID_NEW],
                 "Owner's confirmation from the personal address with both candidate IDs in the new text.",
                 mine("Mon, 17 Mar 2025 10:12:45 +0900", "a-user-r3", who(ME_NAME, P), TC, A_SUBJ,
                      text(r3), irt=ID_A_ADDR, refs=" ".join(REFS + [ID_A_CONF, ID_A_CLOSE, ID_A_R2, ID_A_ADDR]))))

    # 024 resolved, quoting the whole thread including the confirmation request
    done = """Hello Haruka,

Thanks for confirming from your personal address. The merge is complete:
everything that was on Account #2 now sits under Account #1
(haruka.tsujimoto@kumori-mail.jp). Your exam history, active certifications and
the unused 50%% exam voucher should all be visible when you sign in. Digital
badges can take a few hours longer to appear on Credly.

Best regards,
Priyanka S.
AWS Training and Certification Customer Support

---- On Mon, 17 Mar 2025 10:12:45 +0900 haruka.tsujimoto@kumori-mail.jp wrote ----
%s

---- On Thu, 13 Mar 2025 01:47:16 +0000 %s wrote ----
%s""" % (quote(r3.split("On Mon")[0]), TC, quote(CONF_TXT))
    done_html = "<html><body><pre style=\"font-family:Arial\">%s</pre></body></html>" % (
        done.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))
    out.append(M("resolved", False, CASE_A, [],
                 "Merge done; quotes the owner's reply and the whole earlier confirmation request ('just reply to confirm') below the new text.",
                 aws_in("Mon, 17 Mar 2025 03:40:02 +0000", "a-done", TC, P, A_SUBJ,
                        alt(done, done_html, "a-done"), irt=ID_A_R3,
                        refs=" ".join(REFS + [ID_A_CONF, ID_A_CLOSE, ID_A_ADDR, ID_A_R3]))))

    # 025 Credly badge
    cr = """<html><body style="font-family:Arial">
<p>Hi Haruka,</p>
<p><b>Amazon Web Services Training and Certification</b> has issued you a new badge:</p>
<p style="font-size:18px">AWS Certified Developer &ndash; Associate</p>
<p><a href="https://www.credly.com/badges/6c1f0e2a-93d4-4b7e-a1d2-5f88c0e4b913/accept">Accept your badge</a></p>
<p>Share it on LinkedIn and let your network know about your achievement.</p>
<p style="color:#999;font-size:11px">Credly, Inc. | You are receiving this because an
organization issued you a badge.</p></body></html>
"""
    out.append(M("badge", False, None, [],
                 "Credly badge mail right after the merge (badge UUID in a link).",
                 plain_in("Mon, 17 Mar 2025 04:02:19 +0000", "credly1",
                          "Credly <admin@credly.com>", P,
                          "Amazon Web Services Training and Certification has issued you a badge",
                          html(cr), domain="credly.com")))

    # 026 case survey
    sv = """Hello,

Your recent AWS Training and Certification case %s has been
marked as resolved. How satisfied were you with the support you received?

Very satisfied      https://survey.aws-cs.amazon.com/r?c=%s&s=5
Satisfied           https://survey.aws-cs.amazon.com/r?c=%s&s=4
Neither             https://survey.aws-cs.amazon.com/r?c=%s&s=3
Dissatisfied        https://survey.aws-cs.amazon.com/r?c=%s&s=2

Please do not reply to this e-mail; replies are not monitored.
""" % ((CASE_A,) * 5)
    out.append(M("survey", False, CASE_A, [],
                 "Post-case satisfaction survey naming case A.",
                 aws_in("Tue, 18 Mar 2025 03:45:10 +0000", "a-survey",
                        "AWS Customer Service <aws-cs-survey@amazon.com>", P,
                        "How did we do? Your case %s" % CASE_A, text(sv, cte="7bit", charset="us-ascii"))))
    return out
