"""Messages 013-024: 3-8 June 2025, candidate IDs, the partner hold."""
from mailkit import *

SES = "email.amazonses.com"
TC = addr("Amazon Web Services", TC_FORM)
SUBJ_A = "RE:[CASE %s] %s" % (CASE_A, TC_SUBJ)


def refs(*tags):
    return " ".join(mid(t, "hanamail.jp" if t[0].isdigit() and t in ("009", "013", "023") else SES)
                    for t in tags)


def messages():
    out = []

    # 013 owner sends candidate IDs from the phone
    ts = "2025-06-03 10:30"
    quoted = ("Hi Kaede,\n\nThanks, found it. Checking that account now.\n\nMarco\n...\n"
              "PS one more thing - send me the candidate ID (AWS + 8 digits, top right when signed in) "
              "for both accounts.")
    txt = ("old acct %s\nnew acct %s\n\nSent from my iPhone\n\n"
           "On Jun 3, 2025, at 16:50, Amazon Web Services <%s> wrote:\n\n%s\n"
           % (CAND_OLD, CAND_NEW, TC_FORM, q(quoted)))
    eml = mail(frm=addr(ME_NAME, ME_P), to=TC_FORM, subj="Re: " + SUBJ_A, date=date_hdr(ts, 9),
               msgid=mid("013", "hanamail.jp"), irt=mid("011", SES), refs=refs("A-ack", "008", "011"),
               extra=[("X-Mailer", "iPhone Mail (22F76)")], root=leaf("text/plain", txt, cte="7bit"))
    out.append(entry(ts, "user_reply", False, CASE_A, [CAND_OLD, CAND_NEW],
                     "Owner's two-line phone answer: both candidate IDs in own text.", eml))

    # 014 AWS billing
    ts = "2025-06-03 22:00"
    txt = ("Greetings from Amazon Web Services,\n\nThis e-mail confirms that your latest billing statement "
           "is available on the AWS web site. Your account will be charged the following:\n\n"
           "Total: $3.87\n\nPlease see the Bills section of the Billing and Cost Management console for "
           "details. [AWS ID 410982337561]\n\nSincerely,\nAmazon Web Services\n\nThis message was "
           "produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA "
           "98109-5210.\n")
    eml = mail(frm=addr("Amazon Web Services", "no-reply-aws@amazon.com"), to=ME_P,
               subj="Amazon Web Services Billing Statement Available [Account: 410982337561]",
               date=date_hdr(ts, 0), msgid=mid("014", "billing.amazon.com"), auth=amz_auth(MX_P),
               root=leaf("text/plain", txt, cte="7bit"))
    out.append(entry(ts, "unrelated", False, None, [],
                     "AWS billing statement from no-reply-aws@amazon.com; 12-digit account ID is not a case.",
                     eml))

    # 015 partner hold with a question inside
    ts = "2025-06-04 05:12"
    txt = ("Hi Kaede,\n\nQuick update. The account under oshiro.kaede@tsurugi-systems.jp (%s) is linked "
           "to the AWS Partner Network organization of Tsurugi Systems. While that link is active we "
           "can't move its certifications out, because the partner's certification count depends on "
           "them.\n\nSo the case is on hold for now. Are you still with Tsurugi, and if you're leaving, "
           "what's your last day there? With that we can ask the partner's admin to release it.\n\n"
           "Dana\nAWS Training and Certification\n" % CAND_OLD)
    eml = mail(frm=TC, to=ME_P, subj=SUBJ_A, date=date_hdr(ts, 0), msgid=mid("015", SES),
               irt=mid("013", "hanamail.jp"), refs=refs("A-ack", "011", "013"), auth=amz_auth(MX_P),
               received=[AMZ_RCVD.format(n=77, mx=MX_P, i="9kQ2e", d=date_hdr(ts))],
               root=leaf("text/plain", txt))
    out.append(entry(ts, "on_hold", True, CASE_A, [CAND_OLD],
                     "APN partner hold; the question (still employed? last day?) sits in the middle of the "
                     "hold explanation, so the owner must answer.", eml))

    # 016 owner answers from the company Outlook
    ts = "2025-06-04 06:00"
    txt = ("Yes, I'm leaving. Last day is Friday 13 June. Please go ahead.\n\n"
           "Kaede Oshiro\nTsurugi Systems Co., Ltd. | Cloud Integration Dept.\n\n"
           "This e-mail may contain confidential information of Tsurugi Systems Co., Ltd.\n\n"
           + outlook_quote("Amazon Web Services <%s>" % TC_FORM, "Wednesday, June 4, 2025 2:12 PM",
                           "kaede.oshiro@hanamail.jp", SUBJ_A, txt.replace("Hi Kaede,\n\n", "Hi Kaede,\n\n", 1)))
    eml = mail(frm=addr("Oshiro Kaede", ME_C), to=TC_FORM, cc=ME_P, subj="RE: " + SUBJ_A,
               date=date_hdr(ts, 9), msgid="<TY3PR01MB10942A1C0E5F1D27B44C3E0A8B56C2@TY3PR01MB10942.jpnprd01.prod.outlook.com>",
               irt=mid("015", SES), refs=refs("A-ack", "015"),
               extra=[("Thread-Topic", "[CASE %s] account-assistance" % CASE_A), ("Content-Language", "ja-JP")],
               root=leaf("text/plain", txt), crlf=True)
    out.append(entry(ts, "user_reply", False, CASE_A, [],
                     "Owner replies from the company address (Outlook quoting, copy to personal); quotes "
                     "the hold with its question and the old candidate ID, none in own text.", eml))

    # 017 Pearson VUE appointment
    ts = "2025-06-04 09:30"
    txt = ("Dear Kaede Oshiro,\n\nThank you for scheduling your exam with Pearson VUE.\n\n"
           "Exam: AWS Certified Solutions Architect - Professional (SAP-C02)\n"
           "Date/time: Friday, June 20, 2025, 10:00 JST\nTest center: Shinjuku Gyoen Testing Center, 5F\n"
           "Registration ID: 418772093\nAWS Candidate ID: %s\n\nPlease arrive 15 minutes early and bring "
           "two valid forms of ID. To reschedule, sign in at least 24 hours before your appointment.\n\n"
           "Pearson VUE\n" % CAND_NEW)
    eml = mail(frm=addr("Pearson VUE", "pvue-confirmations@pearson.com"), to=ME_P,
               subj="Confirmation of your AWS Certification exam appointment", date=date_hdr(ts, -5),
               msgid=mid("017", "pearson.com"), auth=gen_auth(MX_P, "pearson.com"),
               root=multi("alternative", [leaf("text/plain", txt),
                                          leaf("text/html", html_wrap("<pre>%s</pre>" % txt))], "017"))
    out.append(entry(ts, "unrelated", False, None, [CAND_NEW],
                     "Exam vendor booking: 9-digit registration ID, candidate ID, 'please arrive' wording.",
                     eml))

    # 018 pure hold, nothing asked
    ts = "2025-06-05 01:20"
    txt = "Reached out to the partner admin at Tsurugi. On hold until they release the acct - nothing needed from u rn.\n\n-Dana\n"
    eml = mail(frm=TC, to=ME_P, subj=SUBJ_A, date=date_hdr(ts, -7), msgid=mid("018", SES),
               irt="<TY3PR01MB10942A1C0E5F1D27B44C3E0A8B56C2@TY3PR01MB10942.jpnprd01.prod.outlook.com>",
               auth=amz_auth(MX_P), root=leaf("text/plain", txt, cte="7bit"))
    out.append(entry(ts, "on_hold", False, CASE_A, [],
                     "Terse hold note that explicitly needs nothing from the owner.", eml))

    # 019 partner admin FYI (ISO-2022-JP)
    ts = "2025-06-05 03:00"
    txt = ("大城さん\n\nAWSサポートから連絡があったので、Partner Central 側で大城さんの認定アカウントの"
           "紐付けを外しておきました。\nFYIです。対応は不要です。\n\n服部\n")
    eml = mail(frm=addr("服部 亮", "r.hattori@tsurugi-sys.co.jp", "iso-2022-jp"), to=ME_C,
               subj="FYI: AWS認定アカウントの紐付け解除", subj_cs="iso-2022-jp", date=date_hdr(ts, 9),
               msgid=mid("019", "tsurugi-sys.co.jp"),
               received=[rcvd("mbx01.tsurugi-sys.co.jp", "10.20.4.11", MX_C, ts, 9)],
               root=leaf("text/plain", txt, cs="iso-2022-jp", cte="7bit"))
    out.append(entry(ts, "unrelated", False, None, [],
                     "Colleague's FYI (ISO-2022-JP) about the partner release: case-related news, but not "
                     "from support.", eml))

    # 020 newsletter
    ts = "2025-06-05 08:45"
    txt = ("Cloud Native Weekly #231\n\n1. Karpenter 1.5: what changed\n2. Cutting NAT gateway costs\n"
           "3. Study notes: passing SAP-C02 in 6 weeks\n\nGot a tip? Just reply to this email.\n\n"
           "Unsubscribe: https://cnweekly.dev/u/7f3a\n")
    eml = mail(frm=addr("Cloud Native Weekly", "digest@cnweekly.dev"), to=ME_P,
               subj="CNW #231: Karpenter 1.5, NAT costs, SAP-C02 notes", date=date_hdr(ts, 0),
               msgid=mid("020", "cnweekly.dev"), auth=gen_auth(MX_P, "cnweekly.dev"),
               extra=[("List-Id", "Cloud Native Weekly <weekly.cnweekly.dev>")],
               root=multi("alternative", [leaf("text/plain", txt),
                                          leaf("text/html", html_wrap(txt.replace("\n", "<br>\n")))], "020"))
    out.append(entry(ts, "unrelated", False, None, [], "Newsletter mentioning SAP-C02; 'just reply' invitation.", eml))

    # 021 out-of-office, Shift_JIS
    ts = "2025-06-06 00:10"
    txt = ("大城様\n\n申し訳ございませんが、6月9日(月)まで不在にしております。\n"
           "お急ぎの場合は hr@tsurugi-sys.co.jp までご連絡ください。\n\n人事部 小野\n")
    eml = mail(frm=addr("小野 真澄", "m.ono@tsurugi-sys.co.jp", "shift_jis"), to=ME_C,
               subj="自動応答: 退職手続きの件", subj_cs="shift_jis", date=date_hdr(ts, 9),
               msgid=mid("021", "tsurugi-sys.co.jp"),
               extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
               root=leaf("text/plain", txt, cs="shift_jis", cte="base64"))
    out.append(entry(ts, "unrelated", False, None, [], "HR out-of-office auto-reply in Shift_JIS.", eml))

    # 022 phishing from a lookalike domain
    ts = "2025-06-06 02:30"
    html = html_wrap("""<p>Dear Candidate,</p>
<p>Your certification accounts are ready to be merged (Reference: Case 8830021947). To avoid losing
your credentials, <b>verify both accounts within 24 hours</b>:</p>
<p><a href="https://aws-certification-desk.com/verify?c=8830021947">Verify my accounts</a></p>
<p>If the link does not work, reply to this e-mail with your AWS Builder ID and password and we will
complete the merge for you.</p>
<p>AWS Training &amp; Certification Support Team</p>""")
    eml = mail(frm=addr("AWS Certification Support", "cases@aws-certification-desk.com"), to=ME_P,
               subj="Action needed: verify both certification accounts before merge", date=date_hdr(ts, 0),
               msgid=mid("022", "aws-certification-desk.com"),
               auth=gen_auth(MX_P, "aws-certification-desk.com"), root=leaf("text/html", html))
    out.append(entry(ts, "suspicious", False, None, [],
                     "Lookalike domain that knows a merge is pending; fake 'Case 8830021947'; asks for a "
                     "password reply. Label case null: it belongs to no real case.", eml))

    # 023 owner pings from phone
    ts = "2025-06-08 11:00"
    txt = "any update? last day is fri \U0001F64F\n\nSent from my iPhone\n"
    eml = mail(frm=addr(ME_NAME, ME_P), to=TC_FORM, subj="Re: " + SUBJ_A, date=date_hdr(ts, 9),
               msgid=mid("023", "hanamail.jp"), irt=mid("018", SES), refs=refs("A-ack", "015", "018"),
               extra=[("X-Mailer", "iPhone Mail (22F76)")], root=leaf("text/plain", txt, cte="base64"))
    out.append(entry(ts, "user_reply", False, CASE_A, [], "Owner's one-line status ping from the phone.", eml))

    # 024 one-line hold status
    ts = "2025-06-08 23:40"
    txt = "Still waiting on the partner side. Will update u once they release it.\n-Dana\n"
    eml = mail(frm=TC, to=ME_P, subj=SUBJ_A, date=date_hdr(ts, -7), msgid=mid("024", SES),
               irt=mid("023", "hanamail.jp"), refs=refs("A-ack", "018", "023"), auth=amz_auth(MX_P),
               root=leaf("text/plain", txt, cte="7bit"))
    out.append(entry(ts, "on_hold", False, CASE_A, [], "One-line status ping: still on hold, nothing asked.", eml))
    return out
