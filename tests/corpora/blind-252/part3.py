"""Messages 025-036: 9-13 June 2025, hold lifted, confirmation, closing notice, bounce."""
from mailkit import *

SES = "email.amazonses.com"
TC = addr("Amazon Web Services", TC_FORM)
SUBJ_A = "RE:[CASE %s] %s" % (CASE_A, TC_SUBJ)
TYPO = "aws-cs-trainingcertificaton-form@amazon.com"


def raw_part(ctype, body):
    return {"headers": [("Content-Type", ctype)], "body": body}


ROWS = [("Login email", ME_P, "oshiro.kaede@tsurugi-systems.jp"),
        ("Training notification email", ME_P, ME_C),
        ("Certification notification email", ME_P, ME_C),
        ("Candidate ID", CAND_NEW, CAND_OLD)]


def confirm_text():
    t = "Hi Kaede,\n\nfound both. which one do u want to keep?\n\n"
    for i, col in ((1, 1), (2, 2)):
        t += "Account #%d\n" % i
        for r in ROWS:
            t += "  %s: %s\n" % (r[0], r[col])
        t += "\n"
    return t + "Priyanka\nAWS T&C Support"


def messages():
    out = []

    # 025 hold lifted
    ts = "2025-06-09 04:00"
    txt = "Partner released it - hold lifted. Sent over to the merge team, they'll be in touch.\n\n-Dana\n"
    eml = mail(frm=TC, to=ME_P, subj=SUBJ_A, date=date_hdr(ts, -7), msgid=mid("025", SES),
               irt=mid("024", SES), auth=amz_auth(MX_P), root=leaf("text/plain", txt, cte="7bit"))
    out.append(entry(ts, "case_update", False, CASE_A, [],
                     "Hold lifted, handed to another team; 'they'll be in touch' is not an ask.", eml))

    # 026 certification expiry notice to the old notification address
    ts = "2025-06-09 04:30"
    txt = ("Hello Kaede,\n\nYour AWS Certified Developer - Associate certification expires on "
           "September 7, 2025.\n\nTo keep it active, pass the current version of the exam or a "
           "higher-level exam that recertifies it before that date.\n\nCandidate ID: %s\n\n"
           "AWS Certification\nhttps://www.aws.training/certification\n" % CAND_OLD)
    eml = mail(frm=addr("AWS Certification", "do-not-reply@certmetrics.com"), to=ME_C,
               subj="Your AWS Certification expires in 90 days", date=date_hdr(ts, 0),
               msgid=mid("026", "certmetrics.com"), auth=gen_auth(MX_C, "certmetrics.com"),
               root=multi("alternative", [leaf("text/plain", txt),
                                          leaf("text/html", html_wrap(txt.replace("\n", "<br>\n")))], "026"))
    out.append(entry(ts, "certification", False, None, [CAND_OLD],
                     "Expiry notice to the company address; program mail, not case mail.", eml))

    # 027 confirmation request, HTML only, terse
    ts = "2025-06-10 01:15"
    rows = "".join("<tr><td>%s</td><td>%s</td><td>%s</td></tr>" % r for r in ROWS)
    html = html_wrap("""<p>Hi Kaede,</p>
<p>found both. which one do u want to keep?</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr><th></th><th>Account #1</th><th>Account #2</th></tr>
%s
</table>
<p>Priyanka<br>AWS T&amp;C Support</p>""" % rows)
    eml = mail(frm=TC, to=ME_P, subj=SUBJ_A, date=date_hdr(ts, 0), msgid=mid("027", SES),
               irt=mid("025", SES), refs="%s %s" % (mid("A-ack", SES), mid("025", SES)),
               auth=amz_auth(MX_P), received=[AMZ_RCVD.format(n=12, mx=MX_P, i="2Lp0a", d=date_hdr(ts))],
               root=leaf("text/html", html, cte="base64"))
    out.append(entry(ts, "confirmation_request", True, CASE_A, [CAND_NEW, CAND_OLD],
                     "HTML-only (base64) side-by-side table; the whole ask is 'which one do u want to keep?'.",
                     eml))

    # 028 courtesy notice to the old login address (forwarded into the company box)
    ts = "2025-06-10 01:20"
    txt = ("Hello,\n\nThis is a courtesy notice about case %s. We received a request to merge the AWS "
           "Certification account registered to oshiro.kaede@tsurugi-systems.jp into another account.\n\n"
           "If you did not make this request, reply to this email within 5 days. If you did, no action is "
           "needed.\n\nAWS Training and Certification\n" % CASE_A)
    eml = mail(frm=TC, to="oshiro.kaede@tsurugi-systems.jp", subj=SUBJ_A, date=date_hdr(ts, 0),
               msgid=mid("028", SES), auth=amz_auth(MX_C),
               extra=[("Delivered-To", ME_C), ("X-Forwarded-For", "oshiro.kaede@tsurugi-systems.jp %s" % ME_C)],
               root=leaf("text/plain", txt), crlf=True)
    out.append(entry(ts, "case_update", False, CASE_A, [],
                     "Security notice to the old login (forwarded to company box): 'reply within 5 days' is "
                     "conditional on not having made the request - the owner did.", eml))

    # 029 Skill Builder receipt
    ts = "2025-06-10 09:00"
    txt = ("Thanks for your order.\n\nAWS Skill Builder Individual subscription (monthly)\n"
           "Order: SB-2025-0610-88213\nAmount: USD 29.00\nRenews: July 10, 2025\n\n"
           "Manage your subscription at https://skillbuilder.aws/account\n")
    eml = mail(frm=addr("AWS Skill Builder", "no-reply@skillbuilder.aws"), to=ME_P,
               subj="Your AWS Skill Builder receipt", date=date_hdr(ts, 0), msgid=mid("029", "skillbuilder.aws"),
               auth=gen_auth(MX_P, "skillbuilder.aws"), root=leaf("text/plain", txt, cte="7bit"))
    out.append(entry(ts, "unrelated", False, None, [], "Skill Builder subscription receipt.", eml))

    # 030 another vendor's case closed for no answer
    ts = "2025-06-11 02:00"
    txt = ("Hi Kaede,\n\nWe haven't heard back, so we've closed this case. Reply within 14 days and it "
           "reopens automatically.\n\n- Nimbus Backup Support\n")
    eml = mail(frm=addr("Nimbus Backup Support", "support@nimbusbackup.io"), to=ME_P,
               subj="[Case #00871234] Restore job fails with error 0x51 - closed", date=date_hdr(ts, -4),
               msgid=mid("030", "nimbusbackup.io"), auth=gen_auth(MX_P, "nimbusbackup.io"),
               root=leaf("text/plain", txt, cte="7bit"))
    out.append(entry(ts, "unrelated", False, None, [],
                     "Another vendor's no-answer closing notice: same shape as an AWS one, wrong sender.", eml))

    # 031 another vendor asks (Japanese keigo)
    ts = "2025-06-11 05:30"
    txt = ("大城様\n\n本体裏面のシリアル番号をご確認いただけますでしょうか。\n\nホシゾラネットワークス サポート 平野\n")
    eml = mail(frm=addr("Hoshizora Networks Support", "help@hoshizora-net.jp"), to=ME_P,
               subj="Re: [HZ-55102] ルーターが再起動を繰り返す", date=date_hdr(ts, 9),
               msgid=mid("031", "hoshizora-net.jp"), auth=gen_auth(MX_P, "hoshizora-net.jp"),
               root=leaf("text/plain", txt))
    out.append(entry(ts, "unrelated", False, None, [],
                     "Other vendor's one-line keigo request: a real ask, but not an AWS T&C case.", eml))

    # 032 spoof of the real sender, DMARC fails
    ts = "2025-06-12 03:10"
    txt = ("Hello,\n\nTo finish merging your AWS Certification accounts, sign in and confirm the merge:\n"
           "https://aws-training-merge.support-verify.net/confirm\n\nIf you do not confirm within 48 "
           "hours, certifications on the secondary account will be lost.\n\nAWS Training and Certification\n")
    eml = mail(frm=TC, to=ME_P, subj="Action required: confirm your AWS Certification account merge",
               date=date_hdr(ts, 0), msgid=mid("032", "vps-2231.example-host.ru"),
               received=["from vps-2231.example-host.ru (vps-2231.example-host.ru [185.77.3.41]) by %s; %s"
                         % (MX_P, date_hdr(ts))],
               auth=amz_auth(MX_P, ok=False), root=leaf("text/plain", txt, cte="7bit"))
    out.append(entry(ts, "suspicious", False, None, [],
                     "Real T&C sender address but dkim=fail/dmarc=fail; asks to 'confirm the merge' via link.",
                     eml))

    # 033 owner replies to the colleague
    ts = "2025-06-12 10:00"
    txt = ("佐藤さん\n\n共有フォルダの「引き継ぎ」に置きました！\n\n大城\n\n"
           + ja_quote("2025年6月2日(月) 21:40", "佐藤 美玲 <m.sato@tsurugi-sys.co.jp>",
                      "大城さん\n引き継ぎ資料、金曜までにもらえますか？確認お願いします🙏"))
    eml = mail(frm=addr("大城 楓", ME_C), to=addr("佐藤 美玲", "m.sato@tsurugi-sys.co.jp"),
               subj="Re: 引き継ぎ資料", date=date_hdr(ts, 9), msgid=mid("033", "tsurugi-sys.co.jp"),
               irt=mid("007", "tsurugi-sys.co.jp"), refs=mid("007", "tsurugi-sys.co.jp"),
               root=leaf("text/plain", txt, cte="base64"))
    out.append(entry(ts, "user_reply", False, None, [],
                     "Owner's own mail to a colleague (Sent): user_reply even though it has nothing to do "
                     "with a case.", eml))

    # 034 closing notice
    ts = "2025-06-13 01:00"
    txt = ("Hi Kaede,\n\nWe haven't heard from you since our message of June 10. This case will be closed "
           "in 72 hours unless you reply; any reply keeps it open.\n\nPriyanka\nAWS T&C Support\n")
    eml = mail(frm=TC, to=ME_P, subj=SUBJ_A, date=date_hdr(ts, 0), msgid=mid("034", SES),
               irt=mid("027", SES), refs="%s %s" % (mid("A-ack", SES), mid("027", SES)),
               auth=amz_auth(MX_P), root=leaf("text/plain", txt))
    out.append(entry(ts, "closing_notice", True, CASE_A, [],
                     "Closing notice with no question mark at all; the unanswered 6/10 ask is implied.", eml))

    # 035 owner confirms - to a misspelt address
    ts = "2025-06-13 01:40"
    conf_q = gmail_quote("Tue, Jun 10, 2025 at 10:15 AM", "Amazon Web Services <%s>" % TC_FORM, confirm_text())
    txt = "Confirmed. Please merge into Account #1 (%s).\n\nKaede\n\n%s\n" % (ME_P, conf_q)
    eml = mail(frm=addr(ME_NAME, ME_P), to=TYPO, subj="Re: " + SUBJ_A, date=date_hdr(ts, 9),
               msgid=mid("035", "hanamail.jp"), irt=mid("034", SES),
               refs="%s %s %s" % (mid("A-ack", SES), mid("027", SES), mid("034", SES)),
               root=leaf("text/plain", txt))
    out.append(entry(ts, "user_reply", False, CASE_A, [],
                     "Owner's confirmation sent to a misspelt support address; quoted listing holds the "
                     "candidate IDs (quoted, so none labelled).", eml))

    # 036 bounce of that reply
    ts = "2025-06-13 01:41"
    notice = ("This is the mail system at host %s.\n\nI'm sorry to have to inform you that your message "
              "could not be delivered to one or more recipients.\n\n<%s>: host amazon-smtp.amazon.com said: "
              "550 5.1.1 <%s>: Recipient address rejected: user unknown\n" % (MX_P, TYPO, TYPO))
    dsn = ("Reporting-MTA: dns; %s\nArrival-Date: %s\n\nFinal-Recipient: rfc822; %s\nAction: failed\n"
           "Status: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 Recipient address rejected\n"
           % (MX_P, date_hdr("2025-06-13 01:40"), TYPO))
    orig = ("From: %s\nTo: %s\nSubject: Re: %s\nDate: %s\nMessage-ID: %s\n"
            % (addr(ME_NAME, ME_P), TYPO, SUBJ_A, date_hdr("2025-06-13 01:40", 9), mid("035", "hanamail.jp")))
    eml = mail(frm="MAILER-DAEMON@%s (Mail Delivery System)" % MX_P, to=ME_P,
               subj="Undelivered Mail Returned to Sender", date=date_hdr(ts, 9), msgid=mid("036", MX_P),
               extra=[("Auto-Submitted", "auto-replied")],
               root=multi("report; report-type=delivery-status",
                          [leaf("text/plain", notice, cte="7bit"),
                           raw_part("message/delivery-status", dsn),
                           raw_part("text/rfc822-headers", orig)], "036"))
    out.append(entry(ts, "unrelated", False, CASE_A, [],
                     "Bounce of the owner's confirmation (typo in support address). Not from support, so "
                     "unrelated/no; case kept because the returned mail is on case A. The open ask is 034.",
                     eml))
    return out
