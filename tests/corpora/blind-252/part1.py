"""Messages 001-012: 1-2 June 2025, the form, the duplicate, first asks."""
from mailkit import *

SES = "email.amazonses.com"
TC = addr("Amazon Web Services", TC_FORM)


def subjA(prefix="RE:"):
    return "%s[CASE %s] %s" % (prefix, CASE_A, TC_SUBJ)


def messages():
    out = []

    # 001 marketing, HTML only
    ts = "2025-06-01 23:05"
    html = html_wrap("""
<table width="600" align="center" cellpadding="0" cellspacing="0"><tr><td>
<h1 style="color:#232f3e">AWS Summit Japan &ndash; last call</h1>
<p>Hi Kaede,</p>
<p>Registration for the two-day Summit closes on <b>June 13</b>. Over 150 breakout sessions,
hands-on labs, and the Certification Lounge for certified attendees.</p>
<p style="text-align:center"><a href="https://aws.example-events.com/summit/jp/register?src=em"
 style="background:#ff9900;color:#000;padding:10px 18px;text-decoration:none">Confirm your seat</a></p>
<p style="font-size:11px;color:#666">You are receiving this because you opted in to AWS event
communications. <a href="https://pages.awscloud.com/unsubscribe">Unsubscribe</a>.<br>
Amazon Web Services Japan G.K., Meguro, Tokyo</p>
</td></tr></table>""", "AWS Summit Japan")
    eml = mail(frm=addr("Amazon Web Services", "aws-marketing-email-replies@amazon.com"),
               to=ME_P, subj="Last call: your seat at AWS Summit Japan", date=date_hdr(ts, 0),
               msgid=mid("001", "mkt.amazon.com"), auth=amz_auth(MX_P),
               extra=[("List-Unsubscribe", "<https://pages.awscloud.com/unsubscribe?e=ko>"),
                      ("Precedence", "bulk")],
               root=leaf("text/html", html))
    out.append(entry(ts, "unrelated", False, None, [],
                     "AWS marketing, HTML only; 'Confirm your seat' button is not a support ask.", eml))

    # 002 Builder ID code
    ts = "2025-06-02 09:02"
    txt = ("Verify your AWS Builder ID email address\n\n"
           "Enter this code to finish creating your AWS Builder ID:\n\n"
           "    482913\n\n"
           "The code is valid for 30 minutes. If you didn't ask for it, you can ignore this email.\n\n"
           "Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.\n")
    eml = mail(frm=addr("AWS Builder ID", "no-reply@signin.aws"), to=ME_P,
               subj="Verify your AWS Builder ID email address", date=date_hdr(ts, 0),
               msgid=mid("002", "signin.aws"), auth=gen_auth(MX_P, "signin.aws"),
               root=leaf("text/plain", txt, cte="7bit"))
    out.append(entry(ts, "unrelated", False, None, [],
                     "Builder ID one-time code (6 digits); sign-in mail, not case mail.", eml))

    # 003 acknowledgement A
    ts = "2025-06-02 09:14"
    desc = ("I'm leaving my employer (Tsurugi Systems) on June 13 and want my certifications moved to my "
            "personal account.\nEmail addresses I have used: k.oshiro@tsurugi-sys.co.jp, "
            "kaede.oshiro@hanamail.jp\nPlease keep: kaede.oshiro@hanamail.jp")
    txt = ("Hello,\n\nThank you for reaching out to AWS Training and Certification. We received your "
           "request and created case %s for it.\n\nMost requests get a first answer within one business "
           "day; some need more research and take longer.\n\nPlease keep everything about this request on "
           "this case. A second case for the same question goes back to the end of the queue.\n\n"
           "Summary of your submission\n--------------------------\nInquiry type: Certification\n"
           "Additional details: Account Merge\nContact email: %s\nDescription:\n%s\n\n"
           "Regards,\nAWS Training and Certification\n" % (CASE_A, ME_P, desc))
    html = html_wrap("<p>Hello,</p><p>Thank you for reaching out to AWS Training and Certification. We "
                     "received your request and created case <b>%s</b> for it.</p><p>Most requests get a "
                     "first answer within one business day; some need more research and take longer.</p>"
                     "<p>Please keep everything about this request on this case. A second case for the same "
                     "question goes back to the end of the queue.</p><table border=1 cellpadding=4>"
                     "<tr><td>Inquiry type</td><td>Certification</td></tr><tr><td>Additional details</td>"
                     "<td>Account Merge</td></tr><tr><td>Contact email</td><td>%s</td></tr><tr><td>"
                     "Description</td><td>%s</td></tr></table><p>Regards,<br>AWS Training and "
                     "Certification</p>" % (CASE_A, ME_P, desc.replace("\n", "<br>")))
    eml = mail(frm=TC, to=ME_P, subj=subjA(), date=date_hdr(ts, 0), msgid=mid("A-ack", SES),
               auth=amz_auth(MX_P), received=[AMZ_RCVD.format(n=41, mx=MX_P, i="4bWx1", d=date_hdr(ts))],
               root=multi("alternative", [leaf("text/plain", txt), leaf("text/html", html)], "003"),
               crlf=True)
    out.append(entry(ts, "acknowledgement", False, CASE_A, [],
                     "Form acknowledgement with the owner's description echoed; 'Please keep ...' is "
                     "the owner's own form text, not an ask.", eml))

    # 004 acknowledgement B (duplicate submission)
    ts = "2025-06-02 09:18"
    txt = ("Hello,\n\nWe have opened case %s for your inquiry.\n\nThe details of your case:\n"
           "  Inquiry type: Certification / Account Merge\n  Description: I'm leaving my employer "
           "(Tsurugi Systems) on June 13 and want my certifications moved to my personal account.\n\n"
           "We usually answer within 24 hours. If you already have a case open for this, please don't "
           "open another one.\n\nAWS Training and Certification\n" % CASE_B)
    eml = mail(frm=TC, to=ME_P, subj="RE:[CASE %s] %s" % (CASE_B, TC_SUBJ), date=date_hdr(ts, 0),
               msgid=mid("B-ack", SES), auth=amz_auth(MX_P), root=leaf("text/plain", txt, cte="7bit"))
    out.append(entry(ts, "acknowledgement", False, CASE_B, [],
                     "Second acknowledgement four minutes later: a duplicate case for the same request.", eml))

    # 005 owner asks to close the duplicate
    ts = "2025-06-02 09:31"
    txt = ("Hi,\n\nI hit submit twice, sorry. Please close this one - the real request is case %s.\n\n"
           "Kaede\n\n%s\n" % (CASE_A, gmail_quote("Mon, Jun 2, 2025 at 6:18 PM", "Amazon Web Services <%s>"
                                                  % TC_FORM, "Hello,\n\nWe have opened case %s for your "
                                                  "inquiry.\n..." % CASE_B)))
    eml = mail(frm=addr(ME_NAME, ME_P), to=TC_FORM, subj="Re: RE:[CASE %s] %s" % (CASE_B, TC_SUBJ),
               date=date_hdr(ts, 9), msgid=mid("005", "hanamail.jp"), irt=mid("B-ack", SES),
               refs=mid("B-ack", SES), root=leaf("text/plain", txt, fmt_flowed=True))
    out.append(entry(ts, "user_reply", False, CASE_B, [],
                     "Owner's own reply on the duplicate; names both case numbers and says 'please close'.",
                     eml))

    # 006 duplicate closed
    ts = "2025-06-02 10:03"
    txt = "Hi Kaede,\n\nClosing this one as a dup of %s - we'll handle everything there.\n\nJun\nAWS T&C Support\n" % CASE_A
    eml = mail(frm=TC, to=ME_P, subj="RE:[CASE %s] %s" % (CASE_B, TC_SUBJ), date=date_hdr(ts, 0),
               msgid=mid("006", SES), irt=mid("005", "hanamail.jp"),
               refs="%s %s" % (mid("B-ack", SES), mid("005", "hanamail.jp")), auth=amz_auth(MX_P),
               root=leaf("text/plain", txt, cte="7bit"), crlf=True)
    out.append(entry(ts, "case_update", False, CASE_B, [],
                     "'Closing this one' is a duplicate being closed at the owner's wish, not a "
                     "no-answer closing notice; nothing to answer.", eml))

    # 007 colleague at the old company, asks something (not support)
    ts = "2025-06-02 12:40"
    txt = "大城さん\n引き継ぎ資料、金曜までにもらえますか？確認お願いします🙏\n\n佐藤\n\niPhoneから送信\n"
    eml = mail(frm=addr("佐藤 美玲", "m.sato@tsurugi-sys.co.jp"), to=ME_C, subj="引き継ぎ資料",
               date=date_hdr(ts, 9), msgid=mid("007", "tsurugi-sys.co.jp"),
               received=[rcvd("mbx03.tsurugi-sys.co.jp", "10.20.4.13", MX_C, ts, 9)],
               root=leaf("text/plain", txt, cte="base64"))
    out.append(entry(ts, "unrelated", False, None, [],
                     "Colleague's one-line ask from a phone (確認お願いします) - a request, but not support's.",
                     eml))

    # 008 info_request carried by the subject only
    ts = "2025-06-03 02:40"
    txt = "Hi Kaede - see subject. Nothing comes up under the addresses in your form.\n\nMarco\nAWS Training & Certification Support\n"
    eml = mail(frm=TC, to=ME_P, subj=subjA() + " // need ur old login email", date=date_hdr(ts, -7),
               msgid=mid("008", SES), irt=mid("A-ack", SES), refs=mid("A-ack", SES),
               auth=amz_auth(MX_P), root=leaf("text/plain", txt, cte="7bit"))
    out.append(entry(ts, "info_request", True, CASE_A, [],
                     "The ask lives only in the subject ('need ur old login email'); the body states a fact.",
                     eml))

    # 009 owner gives the old login
    ts = "2025-06-03 03:15"
    txt = ("Ah sorry - that account is older than our domain change. I sign in with "
           "oshiro.kaede@tsurugi-systems.jp (it forwards to k.oshiro@tsurugi-sys.co.jp now).\n\nKaede\n\n%s\n"
           % gmail_quote("Tue, Jun 3, 2025 at 11:40 AM", "Amazon Web Services <%s>" % TC_FORM, txt))
    eml = mail(frm=addr(ME_NAME, ME_P), to=TC_FORM, subj="Re: " + subjA() + " // need ur old login email",
               date=date_hdr(ts, 9), msgid=mid("009", "hanamail.jp"), irt=mid("008", SES),
               refs="%s %s" % (mid("A-ack", SES), mid("008", SES)), root=leaf("text/plain", txt))
    out.append(entry(ts, "user_reply", False, CASE_A, [], "Owner answers the subject-line ask.", eml))

    # 010 automatic receipt of the reply
    ts = "2025-06-03 03:16"
    txt = ("This is an automated message. Your reply was added to case %s and the assigned agent has "
           "been notified. You don't need to send it again.\n" % CASE_A)
    eml = mail(frm=TC, to=ME_P, subj=subjA(), date=date_hdr(ts, 0), msgid=mid("010", SES),
               irt=mid("009", "hanamail.jp"), auth=amz_auth(MX_P), root=leaf("text/plain", txt, cte="7bit"),
               extra=[("Auto-Submitted", "auto-replied")])
    out.append(entry(ts, "acknowledgement", False, CASE_A, [],
                     "One-line automated receipt of the owner's reply.", eml))

    # 011 ask after signature and legal disclaimer
    ts = "2025-06-03 07:50"
    txt = ("Hi Kaede,\n\nThanks, found it. Checking that account now.\n\nMarco\nAWS Training and "
           "Certification Support\n\n--\nThis message and any attachments are intended only for the "
           "addressee and may contain confidential information. If you are not the intended recipient, "
           "please notify the sender and delete this message. Amazon Web Services, Inc. is a subsidiary "
           "of Amazon.com, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.\n\n"
           "PS one more thing - send me the candidate ID (AWS + 8 digits, top right when signed in) "
           "for both accounts.\n")
    eml = mail(frm=TC, to=ME_P, subj=subjA(), date=date_hdr(ts, -7), msgid=mid("011", SES),
               irt=mid("009", "hanamail.jp"), refs="%s %s %s" % (mid("A-ack", SES), mid("008", SES),
                                                                 mid("009", "hanamail.jp")),
               auth=amz_auth(MX_P), root=leaf("text/plain", txt), crlf=True)
    out.append(entry(ts, "info_request", True, CASE_A, [],
                     "Body says 'checking'; the real ask is a PS placed after the signature and the legal "
                     "disclaimer (whose 'please notify the sender' is not an ask).", eml))

    # 012 GitHub merged
    ts = "2025-06-03 08:02"
    txt = ("Merged #212 into main.\n\n--\nReply to this email directly, view it on GitHub:\n"
           "https://github.com/kaede-o/tf-cert-lab/pull/212#event-13372001\nYou are receiving this "
           "because you authored the thread.\n")
    eml = mail(frm=addr("Yuto Kanda", "notifications@github.com"), to="kaede-o/tf-cert-lab <tf-cert-lab@noreply.github.com>",
               cc=addr(ME_NAME, ME_P), subj="Re: [kaede-o/tf-cert-lab] Bump aws provider to 5.54 (PR #212)",
               date=date_hdr(ts, 0), msgid="<kaede-o/tf-cert-lab/pull/212/issue_event/13372001@github.com>",
               irt="<kaede-o/tf-cert-lab/pull/212@github.com>", auth=gen_auth(MX_P, "github.com"),
               root=leaf("text/plain", txt, cte="7bit"))
    out.append(entry(ts, "unrelated", False, None, [], "GitHub 'Merged' notification - not an account merge.", eml))
    return out
