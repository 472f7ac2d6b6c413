# part1.py - mid February to 4 March 2025
from mk import M, ME_P, ME_C, TC, CERTM

CA, CB, CF = "174097235100381", "174099108700256", "173860412209981"
SUBJ_A = "[AWS Training and Certification Form Submission] - account-assistance"
SATO = ("佐藤 美咲", "m-sato@tsurugi-data.co.jp")

MSGS = [
M("cert_expiry", "2025-02-18 23:04:11 +0000", CERTM, ME_C,
  "Your AWS Certification expires in 90 days", """Hello Kaito Mizusawa,

Your AWS Certified Solutions Architect - Associate certification is due to expire on May 19, 2025.

To keep it current, pass the latest version of this exam, or a professional-level exam in the same
path, before that date. An expired certification cannot be reinstated later.

  Candidate ID:      AWS30571846
  Certification:     AWS Certified Solutions Architect - Associate
  Expiration date:   2025-05-19

Sign in to your AWS Certification account to see recertification options and any exam benefits
you currently hold.

This message was sent from an unmonitored address.
AWS Training and Certification
""", "certification", fmt="alt",
  note="CertMetrics expiry reminder to the company address; shows the old candidate ID; not a case."),

M("gh_merged", "2025-02-19 06:41:09 +0000", ("Mikoto Arai", "notifications@github.com"), ME_P,
  "Re: [hoshizora-lab/tide-forecast] Add retry for S3 uploads (PR #88)", """Merged #88 into main.

—
Reply to this email directly, view it on GitHub:
https://github.com/hoshizora-lab/tide-forecast/pull/88#event-16620931
You are receiving this because you authored the thread.
""", "unrelated", cte="8bit",
  hdrs={"List-ID": "hoshizora-lab/tide-forecast <tide-forecast.hoshizora-lab.github.com>",
        "X-GitHub-Reason": "author"},
  note="GitHub PR merged: the word 'merged' plus 'reply to this email' footer; nothing for the owner to do."),

M("f_closed", "2025-02-21 02:30:44 +0000", TC, ME_C,
  "RE:[CASE %s] [AWS Training and Certification Form Submission] - exam-records" % CF, """Hello,

We wrote to you on February 6 about your request for a copy of a past exam score report. As we have
not received a reply, this case has now been closed.

If you still need the report, just reply to this email within the next 14 days: your answer will
reopen the case with the history kept. After that, a new request through the contact form would be
needed.

Regards,
Ifeoma A.
AWS Training and Certification

---------- Previous correspondence ----------
[2025-02-06 02:14 UTC] Ifeoma A. wrote:

Hello Kaito,

Thanks for reaching out. Your certification account shows two attempts at the AWS Certified
Developer - Associate exam (2021 and 2022) and one at the Security - Specialty exam. Which exam's
score report do you need, and roughly when did you sit it? Once we know, we can ask our records
team for it.

Regards,
Ifeoma A.
""", "closing_notice", True, CF,
  note="Case F already closed for no answer; a reply within 14 days reopens it. The actual question sits only in the quoted history."),

M("newsletter", "2025-02-21 11:00:00 +0900", ("クラウド現場通信", "news@genba-cloud.jp"), ME_P,
  "【クラウド現場通信】第112号 認定資格の更新、忘れていませんか", """クラウド現場通信 第112号 (2025年2月21日)

■ 今週のトピック
・認定資格の有効期限、まとめて確認する方法
・転職時に資格アカウントを個人アドレスへ移す手順(読者投稿)
・3月の勉強会スケジュール

■ 読者投稿より
「会社のアドレスで作った資格アカウントは、退職前に個人アカウントへ統合しておくのが安心です。
サポートへの申請から完了まで、私の場合は 2 日ほどでした。」

■ アンケートのお願い
今号の感想をお聞かせください。回答は 3 分ほどで終わります。
https://genba-cloud.jp/survey/112

配信停止はこちら: https://genba-cloud.jp/unsubscribe
""", "unrelated", cs="shift_jis", cte="base64", hcs="iso-2022-jp",
  note="Japanese newsletter in Shift_JIS/base64 talking about account merges and asking for a survey answer."),

M("f_user", "2025-02-22 21:17:36 +0900", ME_C, TC,
  "RE: RE:[CASE %s] [AWS Training and Certification Form Submission] - exam-records" % CF, """Hi Ifeoma,

Sorry for the slow answer, I was travelling. It's the Security - Specialty one, taken in
October 2022 at a test centre in Osaka. Could you please reopen the case and request that report?

Thanks,
Kaito Mizusawa

[[Q f_closed ol]]
""", "user_reply", False, CF, parent="f_closed", hdrs={"X-Mailer": "Microsoft Outlook 16.0"},
  crlf=True, note="Owner's Outlook-style reply from the company address that reopens case F; it contains a question to support, which does not make it need a reply."),

M("f_reopen", "2025-02-24 05:12:03 +0000", TC, ME_C,
  "RE:[CASE %s] [AWS Training and Certification Form Submission] - exam-records" % CF, """Hello Kaito,

Thank you for the details. Your case is open again, and the request for your Security - Specialty
score report (October 2022) has gone to our records team. They usually need five to seven business
days; I will write again as soon as I hear back from them.

If you remember a different date after all, feel free to correct it by replying here.

Best regards,
Ifeoma A.
AWS Training and Certification
""", "case_update", False, CF, parent="f_user",
  note="Reopened and forwarded to another team; only a conditional invitation to correct the date."),

M("vendor_ticket", "2025-02-26 08:55:20 +0000", ("Harborline Networks Support", "support@harborline-net.com"), ME_C,
  "[Ticket #20931] VPN tunnel drops every 8 hours - more information needed", """Hi Kaito,

Thanks for the packet captures. To continue the investigation we need the diagnostic bundle from the
appliance (System > Support > Generate bundle). Please reply to this email with the file attached.

If we do not hear back within 7 days, this ticket will be closed automatically.

Kind regards,
Jorge Pell
Harborline Networks Technical Support
""", "unrelated", fmt="alt",
  note="Another vendor asks for a file and threatens auto-closure: looks like an info request/closing notice, but it is not an AWS T&C case."),

M("builder_code", "2025-03-02 04:48:31 +0000", ("AWS Builder ID", "no-reply@signin.aws"), ME_P,
  "Verify your AWS Builder ID email address", """Hello,

Use this code to finish verifying your email address for AWS Builder ID:

    604218

The code expires in 10 minutes. If you did not try to create a Builder ID, you can ignore this
message.

Amazon Web Services
""", "unrelated", fmt="html", cte="quoted-printable",
  note="Builder ID one-time code (6 digits, not a case number); HTML-only."),

M("memo_self", "2025-03-02 13:40:02 +0900", ME_C, ME_P,
  "memo: 認定アカウント統合前の控え", """統合前の控え(自分用)

旧アカウント(会社): k-mizusawa@tsurugi-data.co.jp / AWS30571846
新アカウント(個人): kaito.mizusawa@hoshimail.jp / AWS81249037

取得済み:
- Solutions Architect - Associate (期限 2025-05-19)
- Security - Specialty (2022年10月)
特典: 次回試験 50% 割引(旧アカウント側)
試験予定: Developer - Associate 3/8 (新アカウントで予約済み)

証明書 PDF はダウンロード済み。統合後に試験履歴・特典を確認すること。
""", "user_reply", False, None, cs="iso-2022-jp", cte="7bit", hcs="iso-2022-jp",
  hdrs={"X-Mailer": "Microsoft Outlook 16.0"},
  note="Owner's note to self from work to personal address, ISO-2022-JP, both candidate IDs in own text; no case yet."),

M("a_ack", "2025-03-03 03:25:56 +0000", TC, ME_P,
  "[CASE %s] %s" % (CA, SUBJ_A), """水澤 海斗 様

AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。
お問い合わせを受け付け、ケース番号 %s を発行いたしました。

担当者より通常 1 営業日以内にご連絡いたします。内容によっては、調査に
お時間をいただく場合がございます。

同じ内容で新しいケースを作成されますと、対応が遅れる原因となります。
情報を追加される場合は、このメールへの返信でお送りください。

お問い合わせ内容:
-----
Use case: My employer's mailbox will be shut down at the end of March. Please merge my
certification account into my personal one.
Email addresses used: k-mizusawa@tsurugi-data.co.jp, kaito.mizusawa@hoshimail.jp
Email to keep: kaito.mizusawa@hoshimail.jp
Candidate IDs: AWS30571846 (old), AWS81249037 (new)
-----

AWS トレーニングと認定 カスタマーサポート
""" % CA, "acknowledgement", False, CA, cs="iso-2022-jp", cte="7bit", hcs="iso-2022-jp",
  note="Case A opened: Japanese ack in ISO-2022-JP echoing the form (candidate IDs counted as own text); 'add info by replying' is conditional."),

M("b_ack", "2025-03-03 08:38:07 +0000", TC, ME_C,
  "[CASE %s] %s" % (CB, SUBJ_A), """Hello,

Thank you for contacting AWS Training and Certification. This confirms that we received your request
and created case %s.

A member of our team will follow up, usually within one business day.

To avoid delays, please do not submit the same request more than once. If you need to add
something, reply to this message instead.

Summary of your request
  Inquiry type:  Certification / Account Merge
  Contact email: k-mizusawa@tsurugi-data.co.jp
  Candidate ID:  AWS30571846

AWS Training and Certification
""" % CB, "acknowledgement", False, CB, fmt="alt",
  note="Case B: the owner filed the same merge again from the work address; plain ack of a duplicate (warning sign, but nothing to answer)."),

M("a_holdq", "2025-03-04 00:10:42 +0000", TC, ME_P,
  "RE:[CASE %s] %s" % (CA, SUBJ_A), """Hello Kaito,

Thank you for your patience.

While reviewing the two accounts in your request, I found that the one registered to
k-mizusawa@tsurugi-data.co.jp is connected to an AWS Partner Network organization
(Tsurugi Data Works). Certifications tied to a partner organization count toward that partner's
standing, so we cannot move them to a personal account while the connection is active. Your case
is on hold for the moment.

The connection is released either when the partner's administrator removes you from their roster
in AWS Partner Central, or when you leave the organization. To know which route applies: are you
leaving Tsurugi Data Works, and if so, what will your last working day be?

Kind regards,
Rafael M.
AWS Training and Certification Customer Support
""", "on_hold", True, CA, parent="a_ack",
  note="APN hold with the question buried in the last paragraph (leaving? last day?): on_hold that needs a reply."),

M("b_dup", "2025-03-04 01:30:15 +0000", TC, ME_C,
  "RE:[CASE %s] %s" % (CB, SUBJ_A), """Hello,

This request duplicates case %s, which was opened earlier the same day for the same
accounts. To keep everything in one place we have closed this case (%s). The other case
remains open and our team will continue there.

Nothing further is needed from you on this case.

Best regards,
Colm B.
AWS Training and Certification
""" % (CA, CB), "case_update", False, CB, parent="b_ack",
  note="Duplicate case B closed and pointed at case A; mentions two case numbers, belongs to B."),

M("b_fwd", "2025-03-04 10:52:48 +0900", ME_C, ME_P,
  "Fwd: RE:[CASE %s] %s" % (CB, SUBJ_A), """メモ: 会社アドレスから出した2件目は1件目に統合された。以後は 174097235100381 だけ見ればよい。

[[Q b_dup fwd]]
""", "user_reply", False, CB, parent="b_dup", hdrs={"X-Mailer": "Microsoft Outlook 16.0"},
  note="Owner forwards the duplicate notice to himself with a Japanese note; forwarded text is quoted history."),

M("a_user1", "2025-03-04 12:02:19 +0900", ME_P, TC,
  "Re: RE:[CASE %s] %s" % (CA, SUBJ_A), """Hi Rafael,

Yes, I am leaving Tsurugi Data Works. My last working day is March 31, and the k-mizusawa@
mailbox will be shut down that evening. I have also asked our partner admin to take me off the
roster, in case that is quicker.

Thanks,
Kaito

[[Q a_holdq gt]]
""", "user_reply", False, CA, parent="a_holdq", fmt="alt", hdrs={"User-Agent": "Hoshimail Web 4.2"},
  note="Owner answers the hold question (Gmail-style quote of the question below)."),

M("a_sato_ask", "2025-03-04 12:20:40 +0900", ME_C, SATO,
  "Partner Central の認定者一覧について", """佐藤さん

お疲れさまです。水澤です。
AWS 認定アカウントを個人アドレスへ統合する申請をしたところ、AWS サポート
(ケース 174097235100381)から、会社の APN 組織に紐づいているため保留との連絡がありました。

Partner Central の認定者一覧から私を外していただくことは可能でしょうか。
退職日は 3/31 です。お手数をおかけしますが、よろしくお願いします。

水澤
""", "user_reply", False, CA, cs="iso-2022-jp", cte="7bit", hcs="iso-2022-jp",
  hdrs={"X-Mailer": "Microsoft Outlook 16.0"},
  note="Owner's internal mail to the partner admin naming case A; labelled with case A because its own text names it."),
]
